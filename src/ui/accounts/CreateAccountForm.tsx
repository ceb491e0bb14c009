// The "new account" form: e-mail, name, role, territories, and a password left empty to have the
// server generate one.
import { useState } from 'preact/hooks';
import { PASSWORD_MIN_LENGTH, type CreatedAccount } from '../../domain/accounts';
import type { Territory } from '../../domain/territory';
import type { Role } from '../../domain/user';
import type { AccountError, AccountsApi } from '../../sync/accounts-api';
import { Field } from '../components/field';
import { errorFor, RoleSelect, TerritoryChoices } from './AccountFields';
import { messageOf } from './messages';
import { FormError } from '../components/form-error';

export interface CreateAccountFormProps {
  api: AccountsApi;
  territories: Territory[];
  onCreated: (created: CreatedAccount) => void;
  onCancel: () => void;
}

export function CreateAccountForm({ api, territories, onCreated, onCancel }: CreateAccountFormProps) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('advisor');
  const [territoryIds, setTerritoryIds] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AccountError>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    const result = await api.create({ email: email.trim(), name, role, territoryIds, password: password || undefined });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      // Bring the person to the field at fault, if it has one.
      if (result.error.field) document.getElementById(`acc-new-${result.error.field}`)?.focus();
      return;
    }
    onCreated(result.value);
  }

  const known = ['email', 'name', 'role', 'territoryIds', 'password'];
  const generalError = error && !known.includes(error.field ?? '') ? messageOf(error) : undefined;

  return (
    <form class="acc-form card" onSubmit={submit} noValidate aria-labelledby="acc-new-title">
      <h2 id="acc-new-title">Nouveau compte</h2>
      <div class="acc-row">
        <Field id="acc-new-email" label="Adresse e-mail" error={errorFor(error, 'email')}>
          <input
            id="acc-new-email"
            type="email"
            autocomplete="off"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </Field>
        <Field id="acc-new-name" label="Nom et prénom" error={errorFor(error, 'name')}>
          <input id="acc-new-name" type="text" autocomplete="off" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
      </div>
      <RoleSelect id="acc-new-role" value={role} onChange={setRole} error={errorFor(error, 'role')} />
      <TerritoryChoices
        idPrefix="acc-new-territoryIds"
        territories={territories}
        selected={territoryIds}
        onChange={setTerritoryIds}
        error={errorFor(error, 'territoryIds')}
      />
      <Field
        id="acc-new-password"
        label="Mot de passe (facultatif)"
        hint={`Laissez vide pour en générer un, affiché une seule fois. Sinon ${PASSWORD_MIN_LENGTH} caractères au moins.`}
        error={errorFor(error, 'password')}
      >
        <input
          id="acc-new-password"
          type="text"
          autocomplete="new-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </Field>
      <FormError message={generalError} />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Création…' : 'Créer le compte'}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}

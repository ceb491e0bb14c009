// One account in the list: who, role and territories; edit, reset the password or remove it, each
// asked for in place so the keyboard stays where the person is working.
import { can } from '../../domain/permissions';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Territory } from '../../domain/territory';
import { ROLE_LABELS, type Role, type User } from '../../domain/user';
import type { AccountError, AccountsApi } from '../../sync/accounts-api';
import { Field } from '../components/field';
import { errorFor, RoleSelect, TerritoryChoices } from './AccountFields';
import { messageOf } from './messages';
import { OneTimePassword } from './OneTimePassword';
import { FormError } from '../components/form-error';

export interface AccountItemProps {
  api: AccountsApi;
  user: User;
  territories: Territory[];
  /** The signed-in admin: may not remove themself nor drop their own admin role. */
  isSelf: boolean;
  onChanged: (user: User) => void;
  onRemoved: (user: User) => void;
}

type Mode = 'view' | 'edit' | 'reset' | 'remove';

export function AccountItem({ api, user, territories, isSelf, onChanged, onRemoved }: AccountItemProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [territoryIds, setTerritoryIds] = useState(user.territoryIds);
  const [error, setError] = useState<AccountError>();
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string>();
  const panel = useRef<HTMLDivElement>(null);
  const territoryName = (id: string) => territories.find((t) => t.id === id)?.name ?? id;
  const prefix = `acc-${user.id}`;

  // Opening a panel moves the focus into it; closing it returns to the card's buttons.
  useEffect(() => {
    if (mode !== 'view') panel.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, [mode]);

  function open(next: Mode) {
    setError(undefined);
    setName(user.name);
    setRole(user.role);
    setTerritoryIds(user.territoryIds);
    setMode(next);
  }

  async function run<T>(call: () => Promise<{ ok: true; value: T } | { ok: false; error: AccountError }>, done: (value: T) => void) {
    setError(undefined);
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) setError(result.error);
    else done(result.value);
  }

  const save = (event: Event) => {
    event.preventDefault();
    void run(
      () => api.update(user.id, { name, role, territoryIds }),
      (updated) => {
        setMode('view');
        onChanged(updated);
      },
    );
  };
  const reset = () =>
    run(
      () => api.resetPassword(user.id),
      ({ password }) => {
        setMode('view');
        setSecret(password);
      },
    );
  const remove = () =>
    run(
      () => api.remove(user.id),
      () => onRemoved(user),
    );
  const generalError = error && !['name', 'role', 'territoryIds'].includes(error.field ?? '') ? messageOf(error) : undefined;

  return (
    <li class="card acc-item" aria-labelledby={`${prefix}-name`}>
      <div class="acc-who">
        <strong id={`${prefix}-name`}>
          {user.name}
          {isSelf && <span class="muted"> (vous)</span>}
        </strong>
        <span class="acc-email">{user.email}</span>
      </div>
      <span class="badge">{ROLE_LABELS[user.role]}</span>
      <span class="acc-places muted">
        {can(user, 'see every territory') ? 'Tous les territoires' : user.territoryIds.map(territoryName).join(', ') || 'Aucun territoire'}
      </span>
      {mode === 'view' && (
        <div class="actions acc-actions">
          <button type="button" class="btn" onClick={() => open('edit')} aria-label={`Modifier le compte de ${user.name}`}>
            Modifier
          </button>
          <button type="button" class="btn" onClick={() => open('reset')} aria-label={`Réinitialiser le mot de passe de ${user.name}`}>
            Réinitialiser le mot de passe
          </button>
          {!isSelf && (
            <button type="button" class="btn btn-danger" onClick={() => open('remove')} aria-label={`Supprimer le compte de ${user.name}`}>
              Supprimer
            </button>
          )}
        </div>
      )}
      <div class="acc-panel" ref={panel}>
        {mode === 'edit' && (
          <form onSubmit={save} noValidate aria-label={`Modifier le compte de ${user.name}`}>
            <Field id={`${prefix}-edit-name`} label="Nom et prénom" error={errorFor(error, 'name')}>
              <input id={`${prefix}-edit-name`} type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </Field>
            <RoleSelect
              id={`${prefix}-edit-role`}
              value={role}
              onChange={setRole}
              error={errorFor(error, 'role')}
              disabled={isSelf}
              hint={isSelf ? 'Un autre administrateur peut changer votre rôle.' : undefined}
            />
            <TerritoryChoices
              idPrefix={`${prefix}-edit-territoryIds`}
              territories={territories}
              selected={territoryIds}
              onChange={setTerritoryIds}
              error={errorFor(error, 'territoryIds')}
            />
            <div class="actions">
              <button type="submit" class="btn btn-primary" disabled={busy}>
                {busy ? 'Enregistrement…' : 'Enregistrer'}
              </button>
              <button type="button" class="btn" onClick={() => setMode('view')}>
                Annuler
              </button>
            </div>
          </form>
        )}
        {mode === 'reset' && (
          <div class="acc-confirm">
            <p>
              Un nouveau mot de passe sera généré pour <strong>{user.email}</strong>
              {isSelf ? ' ; vos autres appareils seront déconnectés.' : ', qui sera déconnecté·e de tous ses appareils.'}
            </p>
            <div class="actions">
              <button type="button" class="btn btn-primary" disabled={busy} onClick={reset}>
                Générer un nouveau mot de passe
              </button>
              <button type="button" class="btn" onClick={() => setMode('view')}>
                Annuler
              </button>
            </div>
          </div>
        )}
        {mode === 'remove' && (
          <div class="acc-confirm" role="alertdialog" aria-label={`Supprimer le compte de ${user.name} ?`}>
            <p>
              Supprimer le compte de <strong>{user.name}</strong> ({user.email}) ? Ses appareils seront déconnectés : ce qu’ils n’ont pas
              encore synchronisé n’arrivera plus. Les fiches déjà synchronisées restent.
            </p>
            <div class="actions">
              <button type="button" class="btn" onClick={() => setMode('view')}>
                Annuler
              </button>
              <button type="button" class="btn btn-danger" disabled={busy} onClick={remove}>
                Oui, supprimer le compte
              </button>
            </div>
          </div>
        )}
        <FormError message={generalError} />
        {secret && <OneTimePassword email={user.email} password={secret} onDone={() => setSecret(undefined)} />}
      </div>
    </li>
  );
}

// Sign-in page. Signing in needs the network; without it the app works on with the session it
// has, or without an account (sync simply does not run).
import { useState } from 'preact/hooks';
import type { User } from '../../domain/user';
import { continueWithoutAccount, databaseSwitchPending, login as syncLogin } from '../../sync';
import type { Result } from '../../sync/errors';
import { Field } from '../components/field';
import { useOnline } from '../hooks/use-online';
import { reloadApp } from '../session/reload-app';
import { returnTarget } from '../session/return-target';
import { useSession } from './use-sync';
import './sync.css';

export interface LoginPageProps {
  /** Called after signing in or choosing to go on without an account (default: back to `?retour=`, or #/). */
  onDone?: () => void;
  /** Replaced in tests. */
  login?: (email: string, password: string) => Promise<Result<User>>;
}

export function LoginPage({ onDone = () => (location.hash = returnTarget(location.hash)), login = syncLogin }: LoginPageProps) {
  const online = useOnline();
  const state = useSession();
  const [email, setEmail] = useState(state.kind === 'expired' ? state.user.email : '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    const result = await login(email, password);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setPassword('');
    // This account's records live in a database of their own: open it (the page reloads).
    if (databaseSwitchPending()) await reloadApp(returnTarget(location.hash));
    else onDone();
  }

  async function withoutAccount() {
    await continueWithoutAccount();
    onDone();
  }

  return (
    <section class="sync-page sync-login" aria-labelledby="sync-login-title">
      <h1 id="sync-login-title">Connexion</h1>
      {state.kind === 'active' && (
        <p class="sync-note">
          Vous êtes connecté·e en tant que <strong>{state.user.name}</strong>. L’application fonctionne aussi hors ligne avec cette session.
        </p>
      )}
      {state.kind === 'expired' && (
        <p class="sync-note sync-warning" role="status">
          Votre session a expiré : reconnectez-vous pour reprendre la synchronisation. Vos saisies sont conservées sur cet appareil.
        </p>
      )}
      {!online && (
        <p class="sync-note sync-warning" role="status" data-testid="sync-login-offline">
          {state.kind === 'active'
            ? 'Hors ligne : vous pouvez continuer à travailler, la synchronisation reprendra au retour du réseau.'
            : 'Hors ligne : la connexion nécessite le réseau. Vous pouvez continuer sans compte ; vos saisies restent sur cet appareil et seront envoyées après connexion.'}
        </p>
      )}
      <form class="sync-form" onSubmit={submit} noValidate>
        <Field id="sync-email" label="Adresse e-mail">
          <input
            id="sync-email"
            type="email"
            name="email"
            autocomplete="username"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </Field>
        <Field id="sync-password" label="Mot de passe">
          <input
            id="sync-password"
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </Field>
        {error && (
          <p class="sync-error" role="alert" data-testid="sync-login-error">
            {error}
          </p>
        )}
        <div class="sync-actions">
          <button type="submit" class="btn btn-primary" disabled={busy || !online}>
            {busy ? 'Connexion…' : 'Se connecter'}
          </button>
          {state.kind !== 'active' && (
            <button type="button" class="btn btn-light" onClick={withoutAccount}>
              Continuer sans compte (hors ligne)
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

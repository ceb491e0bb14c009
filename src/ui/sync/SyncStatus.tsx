// The header's sync widget: what is waiting, when it last synced, what went wrong, what the server
// refused, a button. It also follows sign-ins and sign-outs made in another tab (reloading the app
// on the right account's database), and says when an admin changed the account.
import { useEffect } from 'preact/hooks';
import { databaseSwitch, syncedSummary, syncNow } from '../../sync';
import { useOnline } from '../hooks/use-online';
import { reloadApp } from '../session/reload-app';
import { loginHrefFrom, returnTarget } from '../session/return-target';
import { useHashState } from '../router';
import { useAccountChangeNotice } from './account-change';
import { progressText } from './sync-progress';
import { plural, useNow, useSession, useSyncStatus } from './use-sync';
import './sync.css';

export interface SyncStatusProps {
  syncHref?: string;
  conflictsHref?: string;
  loginHref?: string;
}

function useFollowAccountSwitch(): void {
  useEffect(
    () =>
      databaseSwitch.subscribe(({ pending }) => {
        // From the sign-in page, the person signing in goes on to the page that sent them there.
        if (pending) void reloadApp(location.hash.startsWith('#/connexion') ? returnTarget(location.hash) : undefined);
      }),
    [],
  );
}

export function SyncStatus({ syncHref = '#/synchronisation', conflictsHref = '#/conflits', loginHref }: SyncStatusProps) {
  // Signing in from the header comes back to the page it was pressed on (a capture, a company…).
  const currentLogin = useHashState(loginHrefFrom);
  loginHref ??= currentLogin;
  useFollowAccountSwitch();
  useAccountChangeNotice();
  const status = useSyncStatus();
  const state = useSession();
  const online = useOnline();
  const now = useNow();
  const signedIn = state.kind === 'active';

  let summary: string | undefined;
  if (status.inProgress && status.progress) summary = `Réception ${progressText(status.progress)}`;
  else if (status.inProgress) summary = 'Synchronisation…';
  else if (!signedIn)
    summary = status.pending > 0 ? plural(status.pending, 'modification locale', 'modifications locales') : 'Non synchronisé';
  else if (status.pending > 0) summary = plural(status.pending, 'modification en attente', 'modifications en attente');
  // Refused changes are not "up to date": the badge below says what is wrong instead.
  else if (status.rejected > 0) summary = undefined;
  // Offline or not checked for a while: say when it last did, never « À jour ».
  else if (status.lastSyncAt) summary = syncedSummary(status.lastSyncAt, now, online);
  else summary = 'Jamais synchronisé';

  return (
    <div class="sync-status" data-testid="sync-status" data-synced-at={status.lastSyncAt}>
      {summary && (
        <a class="sync-summary" href={syncHref} aria-live="polite" title={summary}>
          {summary}
        </a>
      )}
      {signedIn && status.lastError && (
        <a class="sync-error" href={syncHref} title={status.lastError}>
          <span aria-hidden="true">⚠ </span>
          <span class="sync-error-text">{status.lastError}</span>
        </a>
      )}
      {status.rejected > 0 && (
        <a class="sync-badge" href={syncHref} data-testid="sync-rejected-badge" aria-live="polite">
          {plural(status.rejected, 'modification refusée', 'modifications refusées')}
        </a>
      )}
      {status.conflicts > 0 && (
        <a class="sync-badge" href={conflictsHref}>
          {plural(status.conflicts, 'conflit', 'conflits')}
        </a>
      )}
      {state.kind === 'expired' && (
        <a class="btn sync-btn" href={loginHref}>
          Session expirée : se reconnecter
        </a>
      )}
      {(state.kind === 'none' || state.kind === 'guest') && (
        <a class="btn sync-btn" href={loginHref}>
          Se connecter
        </a>
      )}
      {signedIn && (
        <button type="button" class="btn sync-btn sync-now" onClick={() => void syncNow()} disabled={!online || status.inProgress}>
          Synchroniser
        </button>
      )}
    </div>
  );
}

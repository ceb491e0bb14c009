// The header's sync widget: what is waiting, when it last synced, what went wrong, a button.
import { formatSince, syncNow } from '../../sync';
import { useOnline } from '../hooks/use-online';
import { plural, useNow, useSession, useSyncStatus } from './use-sync';
import './sync.css';

export interface SyncStatusProps {
  syncHref?: string;
  conflictsHref?: string;
  loginHref?: string;
}

export function SyncStatus({ syncHref = '#/synchronisation', conflictsHref = '#/conflits', loginHref = '#/connexion' }: SyncStatusProps) {
  const status = useSyncStatus();
  const state = useSession();
  const online = useOnline();
  const now = useNow();
  const signedIn = state.kind === 'active';

  let summary: string;
  if (status.inProgress) summary = 'Synchronisation…';
  else if (!signedIn) summary = status.pending > 0 ? plural(status.pending, 'modification locale', 'modifications locales') : 'Non synchronisé';
  else if (status.pending > 0) summary = plural(status.pending, 'modification en attente', 'modifications en attente');
  else if (status.lastSyncAt) summary = `À jour · ${formatSince(status.lastSyncAt, now)}`;
  else summary = 'Jamais synchronisé';

  return (
    <div class="sync-status" data-testid="sync-status">
      <a class="sync-summary" href={syncHref} aria-live="polite">
        {summary}
      </a>
      {signedIn && status.lastError && (
        <span class="sync-error" role="status" title={status.lastError}>
          {status.lastError}
        </span>
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
        <button type="button" class="btn sync-btn" onClick={() => void syncNow()} disabled={!online || status.inProgress}>
          Synchroniser
        </button>
      )}
    </div>
  );
}

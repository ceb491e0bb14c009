// Sync details: the account and its territories, what waits to be sent, what the server refused
// and why (RejectedChanges), the last error; sign-out warns when changes have not reached the
// server yet (SignOutCard).
import { can } from '../../domain/permissions';
import { SyncProgress } from './sync-progress';
import { ROLE_LABELS } from '../../domain/user';
import { db } from '../../db/database';
import { formatSince, syncNow } from '../../sync';
import { useLiveQuery } from '../hooks/use-live-query';
import { useOnline } from '../hooks/use-online';
import { RejectedChanges } from './RejectedChanges';
import { SignOutCard } from './SignOutCard';
import { plural, useNow, useSession, useSyncStatus } from './use-sync';
import './sync.css';

export interface SyncPageProps {
  loginHref?: string;
  conflictsHref?: string;
}

export function SyncPage({ loginHref = '#/connexion', conflictsHref = '#/conflits' }: SyncPageProps) {
  const status = useSyncStatus();
  const state = useSession();
  const online = useOnline();
  const now = useNow();
  const territories = useLiveQuery(() => db().territories.toArray(), []).data ?? [];
  const user = state.kind === 'active' || state.kind === 'expired' ? state.user : undefined;
  const territoryName = (id: string) => territories.find((t) => t.id === id)?.name ?? id;
  const userTerritories = territories.filter((t) => !user || can(user, 'access territory', { territoryId: t.id }));

  return (
    <section class="sync-page" aria-labelledby="sync-page-title">
      <h1 id="sync-page-title">Synchronisation</h1>

      <div class="sync-card">
        <h2>Compte</h2>
        {user ? (
          <dl class="sync-facts">
            <dt>Nom</dt>
            <dd>{user.name}</dd>
            <dt>E-mail</dt>
            <dd>{user.email}</dd>
            <dt>Rôle</dt>
            <dd>{ROLE_LABELS[user.role]}</dd>
            <dt>Territoires</dt>
            <dd>{user.territoryIds.length > 0 ? user.territoryIds.map(territoryName).join(', ') : 'Aucun'}</dd>
          </dl>
        ) : (
          <p>
            Pas de compte sur cet appareil : vos saisies restent ici. <a href={loginHref}>Se connecter</a> pour les partager.
          </p>
        )}
        {state.kind === 'expired' && (
          <p class="sync-warning">
            Session expirée. <a href={loginHref}>Se reconnecter</a> — vos saisies sont conservées.
          </p>
        )}
      </div>

      <div class="sync-card">
        <h2>État</h2>
        <dl class="sync-facts">
          <dt>En attente d’envoi</dt>
          <dd data-testid="sync-pending">{plural(status.pending, 'modification', 'modifications')}</dd>
          {status.rejected > 0 && (
            <>
              <dt>Refusées par le serveur</dt>
              <dd>{plural(status.rejected, 'modification à reprendre', 'modifications à reprendre')} (ci-dessous)</dd>
            </>
          )}
          <dt>Dernière synchronisation</dt>
          <dd>{status.lastSyncAt ? formatSince(status.lastSyncAt, now) : 'jamais'}</dd>
          {status.conflicts > 0 && (
            <>
              <dt>Conflits</dt>
              <dd>
                <a href={conflictsHref}>{plural(status.conflicts, 'conflit à résoudre', 'conflits à résoudre')}</a>
              </dd>
            </>
          )}
        </dl>
        {status.lastError && (
          <p class="sync-error" role="alert">
            {status.lastError}
            {status.nextRetryAt ? ` — nouvel essai ${new Date(status.nextRetryAt).toLocaleTimeString('fr-FR')}` : ''}
          </p>
        )}
        {!online && <p class="sync-note">Hors ligne : la synchronisation reprendra au retour du réseau.</p>}
        {status.inProgress && <SyncProgress progress={status.progress} />}
        <div class="sync-actions">
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => void syncNow()}
            disabled={state.kind !== 'active' || !online || status.inProgress}
          >
            {status.inProgress ? 'Synchronisation…' : 'Synchroniser'}
          </button>
        </div>
      </div>

      <RejectedChanges userTerritories={userTerritories} restricted={user !== undefined && !can(user, 'see every territory')} />

      {user && state.kind !== 'none' && state.kind !== 'guest' && state.kind !== 'loading' && (
        <SignOutCard status={status} online={online} userName={user.name} />
      )}
    </section>
  );
}

// Signing out of a shared tablet. The account's records and unsent changes stay on the device in
// its own database, hidden from whoever signs in next; they leave when the same person signs in
// again here. Unsent changes are announced first, with the offer to send them now.
import { useState } from 'preact/hooks';
import { databaseSwitchPending, logout, syncNow, type SyncStatus } from '../../sync';
import { reloadApp } from '../session/reload-app';
import { plural } from './use-sync';

export interface SignOutCardProps {
  status: SyncStatus;
  online: boolean;
  userName: string;
}

export function SignOutCard({ status, online, userName }: SignOutCardProps) {
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const waiting = status.pending + status.rejected;

  async function signOut() {
    setBusy(true);
    await logout();
    // Open the anonymous database: nothing of this account stays on screen.
    if (databaseSwitchPending()) await reloadApp('#/connexion');
    setBusy(false);
    setConfirm(false);
  }

  if (!confirm) {
    return (
      <div class="sync-card">
        <h2>Déconnexion</h2>
        <p class="muted">Vos fiches restent sur cet appareil, invisibles pour la personne qui se connectera ensuite.</p>
        <button type="button" class="btn" disabled={busy} onClick={() => (waiting > 0 ? setConfirm(true) : void signOut())}>
          Se déconnecter
        </button>
      </div>
    );
  }
  return (
    <div class="sync-card" role="alertdialog" aria-labelledby="sync-logout-warning">
      <h2>Déconnexion</h2>
      <p id="sync-logout-warning" class="sync-warning">
        {status.pending > 0 &&
          `${plural(status.pending, 'modification n’a', 'modifications n’ont')} pas encore été envoyée(s) au serveur. `}
        {status.rejected > 0 &&
          `${plural(status.rejected, 'modification refusée attend', 'modifications refusées attendent')} votre décision. `}
        Elles restent sur cet appareil, au nom de {userName}, et partiront quand vous vous reconnecterez ici ; personne d’autre ne les verra
        ni ne les enverra.
      </p>
      <div class="sync-actions">
        {status.pending > 0 && (
          <button
            type="button"
            class="btn btn-primary"
            disabled={!online || busy || status.inProgress}
            onClick={async () => {
              setBusy(true);
              await syncNow();
              setBusy(false);
            }}
          >
            {online ? 'Synchroniser d’abord' : 'Synchroniser d’abord (hors ligne)'}
          </button>
        )}
        <button type="button" class="btn btn-danger" disabled={busy} onClick={() => void signOut()}>
          Se déconnecter quand même
        </button>
        <button type="button" class="btn" onClick={() => setConfirm(false)}>
          Annuler
        </button>
      </div>
    </div>
  );
}

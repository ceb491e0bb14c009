// Storage on this device: persistence, space used, and wiping the local data (undoable).
import { useEffect, useState } from 'preact/hooks';
import { db, requestPersistentStorage, storageStatus, type StorageStatus } from '../../db';
import { exportBackup, restoreBackup, wipeLocalData } from '../../exchange';
import { forgetKeptPages } from '../../matching/start-cache';
import { forgetPullCursors } from '../../sync';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';

const ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
function size(bytes?: number): string {
  if (bytes === undefined) return '?';
  const mo = bytes / 1024 / 1024;
  return mo >= 1024 ? `${ONE_DECIMAL.format(mo / 1024)} Go` : `${ONE_DECIMAL.format(mo)} Mo`;
}

export function DevicePanel() {
  const [status, setStatus] = useState<StorageStatus>();
  const pending = useLiveQuery(() => db().outbox.count(), []).data ?? 0;
  useEffect(() => void storageStatus().then(setStatus), []);

  const persist = async () => {
    const granted = await requestPersistentStorage();
    setStatus(await storageStatus());
    showToast(granted ? 'Stockage persistant accordé.' : 'Le navigateur a refusé : installez l’application pour l’obtenir.');
  };

  const wipe = async () => {
    const warning = pending > 0 ? `\n\nAttention : ${pending} modification(s) n’ont pas encore été synchronisées.` : '';
    if (!confirm(`Effacer toutes les données de cet appareil ?${warning}`)) return;
    const previous = await exportBackup();
    await wipeLocalData();
    await forgetPullCursors();
    // The synergies list kept for the next start named the wiped companies.
    await forgetKeptPages(db()).catch(() => undefined);
    showToast('Données de l’appareil effacées.', {
      action: { label: 'Annuler', run: () => restoreBackup(previous).then(forgetPullCursors) },
    });
  };

  return (
    <section class="card data-section" aria-labelledby="device-title">
      <h2 id="device-title">Cet appareil</h2>
      <p>
        {status?.persisted
          ? 'Stockage persistant : le navigateur ne supprimera pas ces données.'
          : 'Stockage non persistant : le navigateur pourrait supprimer ces données en cas de manque de place.'}{' '}
        Espace utilisé : {size(status?.usageBytes)} sur {size(status?.quotaBytes)}.
      </p>
      <p>{pending} modification(s) en attente de synchronisation.</p>
      <div class="actions">
        {!status?.persisted && (
          <button type="button" class="btn" onClick={() => void persist()}>
            Demander le stockage persistant
          </button>
        )}
        <button type="button" class="btn btn-danger" onClick={() => void wipe()}>
          Effacer les données de l’appareil
        </button>
      </div>
    </section>
  );
}

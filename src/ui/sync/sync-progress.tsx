// A first sync brings tens of thousands of records: the header and the Synchronisation page say
// how far it is (« 12 000 / 32 000 »), so nobody closes the app thinking it froze.
import type { SyncStatus } from '../../sync/status';

const number = new Intl.NumberFormat('fr-FR');

export function progressText(progress: NonNullable<SyncStatus['progress']>): string {
  return `${number.format(progress.received)} / ${number.format(progress.total)}`;
}

export function SyncProgress({ progress }: { progress: SyncStatus['progress'] }) {
  if (!progress) return null;
  return (
    <p class="sync-progress">
      <label>
        Réception des fiches du programme : {progressText(progress)}
        <progress max={progress.total} value={progress.received} />
      </label>
    </p>
  );
}

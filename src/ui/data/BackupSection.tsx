// JSON backup of everything on the device, and its restoration (undoable).
import { useState } from 'preact/hooks';
import {
  backupFileName,
  backupSummary,
  backupToBlob,
  downloadBlob,
  exportBackup,
  parseBackup,
  readFileAsText,
  restoreBackup,
  TABLE_LABELS,
  type Backup,
  type BackupTable,
} from '../../exchange';
import { forgetPullCursors } from '../../sync';
import { errorMessage } from '../autosave/use-autosave';
import { flushAll } from '../autosave/flush-registry';
import { showToast } from '../components/toasts';
import { FormError } from '../components/form-error';

const SHOWN: BackupTable[] = ['companies', 'flux', 'visits', 'outbox'];
const describe = (b: Backup) => SHOWN.map((t) => `${backupSummary(b)[t]} ${TABLE_LABELS[t].toLowerCase()}`).join(', ');

export function BackupSection() {
  const [candidate, setCandidate] = useState<Backup>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const exportNow = async () => {
    setBusy(true);
    try {
      await flushAll();
      const backup = await exportBackup();
      downloadBlob(backupToBlob(backup), backupFileName(new Date()));
      showToast(`Sauvegarde exportée : ${describe(backup)}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | undefined) => {
    setError(undefined);
    setCandidate(undefined);
    if (!file) return;
    const parsed = parseBackup(await readFileAsText(file));
    if (parsed.ok) setCandidate(parsed.backup);
    else setError(parsed.error);
  };

  const restore = async () => {
    if (!candidate) return;
    setBusy(true);
    try {
      await flushAll();
      const previous = await exportBackup();
      await restoreBackup(candidate);
      await forgetPullCursors();
      setCandidate(undefined);
      showToast(`Sauvegarde restaurée : ${describe(candidate)}.`, {
        action: { label: 'Annuler', run: () => restoreBackup(previous).then(forgetPullCursors) },
      });
    } catch (e) {
      setError(`Restauration impossible, rien n’a été modifié : ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card data-section" aria-labelledby="backup-title">
      <h2 id="backup-title">Sauvegarde complète (JSON)</h2>
      <p class="muted">Toutes les données de cet appareil, y compris les modifications pas encore synchronisées.</p>
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={exportNow}>
          Exporter une sauvegarde
        </button>
        <label class="btn">
          Restaurer une sauvegarde…
          <input class="sr-only" type="file" accept="application/json,.json" data-testid="restore-input" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        </label>
      </div>
      <FormError message={error} />
      {candidate && (
        <div class="confirm" role="alertdialog" aria-labelledby="restore-question">
          <p id="restore-question">
            Remplacer les données de cet appareil par cette sauvegarde du {new Date(candidate.exportedAt).toLocaleString('fr-FR')} ({describe(candidate)}) ?
          </p>
          <div class="actions">
            <button type="button" class="btn" onClick={() => setCandidate(undefined)}>
              Annuler
            </button>
            <button type="button" class="btn btn-danger" disabled={busy} onClick={restore}>
              Remplacer les données
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

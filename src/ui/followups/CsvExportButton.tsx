// « Exporter (CSV) »: every follow-up of this device with its synergy, for French Excel.
import { useState } from 'preact/hooks';
import { listFollowups } from '../../db/followups';
import { csvToBlob, downloadBlob } from '../../exchange/download';
import { exportFollowupsCsv, followupsCsvFileName } from '../../exchange/followups-csv';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { plural } from './format';

export function CsvExportButton() {
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      const [csv, { total: count }] = await Promise.all([exportFollowupsCsv(), listFollowups({ limit: 1 })]);
      const name = followupsCsvFileName();
      downloadBlob(csvToBlob(csv), name);
      showToast(`Export CSV : ${plural(count, 'synergie suivie', 'synergies suivies')} dans ${name}`);
    } catch (e) {
      showToast(`L’export a échoué : ${errorMessage(e)}`, { kind: 'error' });
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" class="btn" disabled={busy} onClick={run}>
      Exporter (CSV)
    </button>
  );
}

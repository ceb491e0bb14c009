// CSV for spreadsheets (French Excel): export companies and flux, import companies with a report.
import { useState } from 'preact/hooks';
import {
  companiesCsvFileName,
  csvToBlob,
  downloadBlob,
  exportCompaniesCsv,
  exportFluxCsv,
  fluxCsvFileName,
  importCompanies,
  previewCompanyImport,
  readCompanyFileText,
  type CompanyImportReport,
} from '../../exchange';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { defaultTerritory, writableTerritories } from '../companies/territory-choices';
import { useSession } from '../sync/use-sync';

function ImportReport({ report }: { report: CompanyImportReport }) {
  if (report.fileError) return <p class="form-error" role="alert">{report.fileError}</p>;
  const rejected = report.rows.filter((r) => !r.ok);
  return (
    <div class="import-report" data-testid="import-report">
      <p>
        <strong>{report.accepted}</strong> ligne(s) valide(s), <strong>{report.rejected}</strong> ligne(s) refusée(s).
      </p>
      {report.ignoredColumns.length > 0 && <p class="muted">Colonnes ignorées : {report.ignoredColumns.join(', ')}</p>}
      {rejected.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Entreprise</th>
              <th scope="col">Motif du refus</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td>{r.name || '—'}</td>
                <td>{r.errors.join(' ; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function CsvSection() {
  const [text, setText] = useState<string>();
  const [report, setReport] = useState<CompanyImportReport>();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string>();

  const session = useSession();
  // A signed-in advisor imports only into their territories (the server would refuse the others).
  const options = () => ({ writableTerritoryIds: writableTerritories(session), defaultTerritoryId: defaultTerritory(session) });

  const download = async (make: () => Promise<string>, name: string, what: string) => {
    setError(undefined);
    try {
      downloadBlob(csvToBlob(await make()), name);
      showToast(`${what} : ${name}`);
    } catch (e) {
      setError(errorMessage(e));
      showToast(`Export impossible : ${errorMessage(e)}`, { kind: 'error' });
    }
  };

  const choose = async (file: File | undefined) => {
    setReport(undefined);
    setDone(false);
    setError(undefined);
    if (!file) return;
    const read = await readCompanyFileText(file);
    if (!read.ok) return setError(read.error);
    const content = read.text;
    setText(content);
    setReport(await previewCompanyImport(content, options()));
  };

  const runImport = async () => {
    if (!text) return;
    try {
      const result = await importCompanies(text, options());
      setReport(result);
      setDone(true);
      const refused = result.rejected > 0 ? `, ${result.rejected} ligne(s) refusée(s)` : '';
      showToast(`Import terminé : ${result.createdIds.length} entreprise(s) importée(s)${refused}.`);
    } catch (e) {
      setError(errorMessage(e));
      showToast(`Import impossible : ${errorMessage(e)}`, { kind: 'error' });
    }
  };

  const now = new Date();
  return (
    <section class="card data-section" aria-labelledby="csv-title">
      <h2 id="csv-title">Tableur (CSV pour Excel)</h2>
      <div class="actions">
        <button type="button" class="btn" onClick={() => void download(exportCompaniesCsv, companiesCsvFileName(now), 'Entreprises exportées')}>
          Exporter les entreprises (CSV)
        </button>
        <button type="button" class="btn" onClick={() => void download(exportFluxCsv, fluxCsvFileName(now), 'Flux exportés')}>
          Exporter les flux (CSV)
        </button>
        <label class="btn">
          Importer des entreprises (CSV ou Excel)…
          <input
            class="sr-only"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="csv-input"
            onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        </label>
      </div>
      <p class="muted">
        Le fichier d’import reprend les colonnes de l’export : un CSV (séparateur « ; ») ou un classeur Excel (.xlsx, première feuille
        remplie), une entreprise par ligne.
      </p>
      {error && <p class="form-error">{error}</p>}
      {report && <ImportReport report={report} />}
      {report && !done && !report.fileError && report.accepted > 0 && (
        <button type="button" class="btn btn-primary" onClick={() => void runImport()}>
          Importer {report.accepted} entreprise(s){report.rejected > 0 ? ' (les lignes refusées sont ignorées)' : ''}
        </button>
      )}
    </section>
  );
}

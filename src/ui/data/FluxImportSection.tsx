// Flux import from a spreadsheet (CSV or .xlsx, French Excel): choose the file (and the sheet of a
// workbook) → say what each column is →
// check the resource words the search was not sure of → import with progress → report and undo.
import { useEffect, useState } from 'preact/hooks';
import { db } from '../../db/database';
import {
  MAX_IMPORT_LINES,
  forgetLastImport,
  choicesWithMemory,
  guessMapping,
  importFlux,
  mappingToRemember,
  readLastImport,
  readRememberedMapping,
  readRememberedWords,
  readSpreadsheetFile,
  rememberMapping,
  rememberWords,
  saveLastImport,
  resourceWordsOf,
  wordsToRemember,
  undoFluxImport,
  type ColumnMapping,
  type FluxImportJournal,
  type FluxImportResult,
  type LastFluxImport,
  type ResourceChoice,
  type ResourceWord,
  type SpreadsheetTable,
} from '../../exchange';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { territoryChoices, writableTerritories, defaultTerritory } from '../companies/territory-choices';
import { useLiveQuery } from '../hooks/use-live-query';
import { useSession } from '../sync/use-sync';
import { FluxImportReport } from './FluxImportReport';
import { FluxMappingStep } from './FluxMappingStep';
import { FluxReviewStep } from './FluxReviewStep';

type Step =
  | { kind: 'choose' }
  | { kind: 'mapping'; file: File; fileName: string; table: SpreadsheetTable }
  | { kind: 'review'; file: File; fileName: string; table: SpreadsheetTable; words: ResourceWord[] }
  | { kind: 'report'; result: FluxImportResult; undone: boolean };

export function FluxImportSection() {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [choices, setChoices] = useState<Map<string, ResourceChoice | undefined>>(new Map());
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const session = useSession();
  const [defaultTerritoryId, setDefaultTerritoryId] = useState(defaultTerritory(session) ?? '');
  const [last, setLast] = useState<LastFluxImport>();
  useEffect(() => {
    void readLastImport().then(setLast);
  }, []);
  const territories = territoryChoices(useLiveQuery(() => db().territories.toArray(), []).data ?? [], session, '');

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setError(undefined);
    if (!file) return;
    await open(file);
  };

  /** Reads the file (a workbook: the sheet named, else its first with data) and guesses the columns. */
  const open = async (file: File, sheet?: string) => {
    setBusy(true);
    const read = await readSpreadsheetFile(file, sheet).finally(() => setBusy(false));
    if (!read.ok) return setError(read.error);
    setError(undefined);
    setMapping(guessMapping(read.table.headers, await readRememberedMapping()));
    setStep({ kind: 'mapping', file, fileName: file.name, table: read.table });
  };

  const toReview = async (file: File, fileName: string, table: SpreadsheetTable) => {
    void rememberMapping(mappingToRemember(table.headers, mapping));
    const { words, choices } = choicesWithMemory(resourceWordsOf(table, mapping), await readRememberedWords());
    setChoices(choices);
    setStep({ kind: 'review', file, fileName, table, words });
  };

  const run = async (fileName: string, table: SpreadsheetTable, words: readonly ResourceWord[]) => {
    setBusy(true);
    setError(undefined);
    void rememberWords(wordsToRemember(words, choices));
    try {
      const options = { defaultTerritoryId: defaultTerritoryId || undefined, writableTerritoryIds: writableTerritories(session) };
      const result = await importFlux(table, mapping, choices, options, (done, total) => setProgress({ done, total }));
      setStep({ kind: 'report', result, undone: false });
      const n = result.lines.filter((l) => l.status === 'created').length;
      const { journal } = result;
      if (journal.fluxIds.length + journal.updated.length + journal.companyIds.length > 0) {
        const saved: LastFluxImport = { fileName, at: Date.now(), created: journal.fluxIds.length, updated: journal.updated.length, journal };
        setLast(saved);
        void saveLastImport(saved);
      }
      showToast(`Import terminé : ${n} flux importé(s).`);
    } catch (e) {
      // One transaction: a failure leaves the base as it was.
      setError(`Import impossible, rien n’a été importé : ${errorMessage(e)}`);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const undo = async (journal: FluxImportJournal, after: () => void) => {
    setBusy(true);
    setError(undefined);
    try {
      const { keptCompanies } = await undoFluxImport(journal);
      after();
      setLast(undefined);
      void forgetLastImport();
      const kept = keptCompanies.length ? ` Entreprise(s) gardée(s), des flux y ont été saisis depuis : ${keptCompanies.join(', ')}.` : '';
      showToast(`Import annulé : les flux et entreprises créés sont supprimés, les flux modifiés rétablis.${kept}`);
    } catch (e) {
      setError(`Annulation impossible : ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card data-section" aria-labelledby="flux-import-title">
      <h2 id="flux-import-title">Importer des flux depuis un tableur</h2>
      {step.kind === 'choose' && (
        <>
          <p class="muted">
            Un classeur Excel (.xlsx) ou un fichier CSV enregistré depuis Excel ou LibreOffice (séparateur « ; » ou « , »), une ligne par flux, 5 Mo et{' '}
            {MAX_IMPORT_LINES.toLocaleString('fr-FR')} lignes au plus. Un classeur .ods ou .xls s’enregistre d’abord en .xlsx ou en CSV. L’export des flux ci-dessus se
            réimporte tel quel.
          </p>
          <label class="btn">
            Choisir un fichier de flux (XLSX ou CSV)…
            <input
              class="sr-only"
              type="file"
              accept=".xlsx,.csv,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="flux-csv-input"
              onChange={(e) => void choose(e.currentTarget)}
            />
          </label>
          {last && (
            <p data-testid="flux-last-import">
              Dernier import : « {last.fileName} » le {new Date(last.at).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' })}, {last.created} flux créé(s),{' '}
              {last.updated} modifié(s).{' '}
              <button type="button" class="btn btn-danger" disabled={busy} onClick={() => void undo(last.journal, () => {})}>
                Annuler l’import
              </button>
            </p>
          )}
        </>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {step.kind === 'mapping' && (step.table.sheets?.length ?? 0) > 1 && (
        <label class="field">
          <span>Feuille du classeur</span>
          <select value={step.table.sheet} disabled={busy} onChange={(e) => void open(step.file, e.currentTarget.value)}>
            {step.table.sheets!.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {step.kind === 'mapping' && (
        <FluxMappingStep
          fileName={step.fileName}
          table={step.table}
          mapping={mapping}
          onChange={setMapping}
          territories={territories}
          defaultTerritoryId={defaultTerritoryId}
          onDefaultTerritory={setDefaultTerritoryId}
          onNext={() => void toReview(step.file, step.fileName, step.table)}
          onCancel={() => setStep({ kind: 'choose' })}
        />
      )}
      {step.kind === 'review' && (
        <FluxReviewStep
          words={step.words}
          choices={choices}
          onChoose={(key, choice) => setChoices((c) => new Map(c).set(key, choice))}
          onBack={() => setStep({ kind: 'mapping', file: step.file, fileName: step.fileName, table: step.table })}
          onImport={() => void run(step.fileName, step.table, step.words)}
          busy={busy}
        />
      )}
      {progress && (
        <p role="status">
          <progress value={progress.done} max={progress.total} /> {progress.done.toLocaleString('fr-FR')} / {progress.total.toLocaleString('fr-FR')}
        </p>
      )}
      {step.kind === 'report' && (
        <FluxImportReport
          lines={step.result.lines}
          undone={step.undone}
          busy={busy}
          onUndo={() => void undo(step.result.journal, () => setStep({ kind: 'report', result: step.result, undone: true }))}
          onClose={() => setStep({ kind: 'choose' })}
        />
      )}
    </section>
  );
}

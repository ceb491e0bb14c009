// Flux import from a spreadsheet (CSV, French Excel): choose the file → say what each column is →
// check the resource words the search was not sure of → import with progress → report and undo.
import { useState } from 'preact/hooks';
import { db } from '../../db/database';
import {
  MAX_IMPORT_LINES,
  guessMapping,
  guessedChoices,
  importFlux,
  mappingToRemember,
  readRememberedMapping,
  readSpreadsheetFile,
  rememberMapping,
  resourceWordsOf,
  undoFluxImport,
  type ColumnMapping,
  type FluxImportResult,
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
  | { kind: 'mapping'; fileName: string; table: SpreadsheetTable }
  | { kind: 'review'; fileName: string; table: SpreadsheetTable; words: ResourceWord[] }
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
  const territories = territoryChoices(useLiveQuery(() => db().territories.toArray(), []).data ?? [], session, '');

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setError(undefined);
    if (!file) return;
    const read = await readSpreadsheetFile(file);
    if (!read.ok) return setError(read.error);
    setMapping(guessMapping(read.table.headers, await readRememberedMapping()));
    setStep({ kind: 'mapping', fileName: file.name, table: read.table });
  };

  const toReview = (fileName: string, table: SpreadsheetTable) => {
    void rememberMapping(mappingToRemember(table.headers, mapping));
    const words = resourceWordsOf(table, mapping);
    setChoices(guessedChoices(words));
    setStep({ kind: 'review', fileName, table, words });
  };

  const run = async (table: SpreadsheetTable) => {
    setBusy(true);
    setError(undefined);
    try {
      const options = { defaultTerritoryId: defaultTerritoryId || undefined, writableTerritoryIds: writableTerritories(session) };
      const result = await importFlux(table, mapping, choices, options, (done, total) => setProgress({ done, total }));
      setStep({ kind: 'report', result, undone: false });
      const n = result.lines.filter((l) => l.status === 'created').length;
      showToast(`Import terminé : ${n} flux importé(s).`);
    } catch (e) {
      // One transaction: a failure leaves the base as it was.
      setError(`Import impossible, rien n’a été importé : ${errorMessage(e)}`);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const undo = async (result: FluxImportResult) => {
    setBusy(true);
    try {
      await undoFluxImport(result.journal);
      setStep({ kind: 'report', result, undone: true });
      showToast('Import annulé : les flux et entreprises créés sont supprimés, les flux modifiés rétablis.');
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
            Un fichier CSV enregistré depuis Excel ou LibreOffice (séparateur « ; » ou « , », une ligne par flux), 5 Mo et {MAX_IMPORT_LINES.toLocaleString('fr-FR')} lignes au plus. Un
            classeur .xlsx s’enregistre d’abord en CSV. L’export des flux ci-dessus se réimporte tel quel.
          </p>
          <label class="btn">
            Choisir un fichier de flux (CSV)…
            <input class="sr-only" type="file" accept=".csv,.txt,text/csv,text/plain" data-testid="flux-csv-input" onChange={(e) => void choose(e.currentTarget)} />
          </label>
        </>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
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
          onNext={() => toReview(step.fileName, step.table)}
          onCancel={() => setStep({ kind: 'choose' })}
        />
      )}
      {step.kind === 'review' && (
        <FluxReviewStep
          words={step.words}
          choices={choices}
          onChoose={(key, choice) => setChoices((c) => new Map(c).set(key, choice))}
          onBack={() => setStep({ kind: 'mapping', fileName: step.fileName, table: step.table })}
          onImport={() => void run(step.table)}
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
          onUndo={() => void undo(step.result)}
          onClose={() => setStep({ kind: 'choose' })}
        />
      )}
    </section>
  );
}

// Step 2 of the flux import: what each column of the spreadsheet is, first guessed from its header
// (or as chosen last time), with the first five values of each column to recognise it.
import {
  FLUX_FIELD_LABELS,
  FLUX_IMPORT_FIELDS,
  cellsOf,
  mappingProblems,
  type ColumnMapping,
  type FluxImportField,
  type SpreadsheetTable,
} from '../../exchange';
import type { Territory } from '../../domain';
import { useStepFocus } from './use-step-focus';

interface Props {
  fileName: string;
  table: SpreadsheetTable;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  territories: readonly Territory[];
  defaultTerritoryId: string;
  onDefaultTerritory: (id: string) => void;
  onNext: () => void;
  onCancel: () => void;
}

/** The first five lines as the import will read them, one column per field chosen. */
function Preview({ table, mapping }: { table: SpreadsheetTable; mapping: ColumnMapping }) {
  const fields = FLUX_IMPORT_FIELDS.filter((f) => mapping.includes(f));
  if (fields.length === 0) return null;
  return (
    <div class="flux-preview">
      <table aria-label="Aperçu des 5 premières lignes">
        <caption class="muted">Aperçu des 5 premières lignes telles qu’elles seront lues</caption>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            {fields.map((f) => (
              <th key={f} scope="col">
                {FLUX_FIELD_LABELS[f]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.lines.slice(0, 5).map((line) => {
            const cells = cellsOf(line.cells, mapping);
            return (
              <tr key={line.row}>
                <td>{line.row}</td>
                {fields.map((f) => (
                  <td key={f}>{cells[f]}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function FluxMappingStep(p: Props) {
  const heading = useStepFocus<HTMLHeadingElement>();
  const problems = mappingProblems(p.mapping);
  const sample = p.table.lines.slice(0, 5);
  const set = (column: number, field: string) => {
    const next = [...p.mapping];
    next[column] = field === '' ? undefined : (field as FluxImportField);
    p.onChange(next);
  };
  return (
    <div class="flux-import-step" data-testid="flux-mapping">
      <h3 ref={heading} tabIndex={-1}>Colonnes de « {p.fileName} »</h3>
      <p class="muted">
        {p.table.lines.length} ligne(s). Pour chaque colonne, dites ce qu’elle contient ; les colonnes « — ignorer — » ne sont pas lues. Ce choix est retenu pour le prochain fichier.
      </p>
      <ol class="flux-columns">
        {p.table.headers.map((header, i) => (
          <li key={i} class="field">
            <label for={`flux-col-${i}`}>Colonne « {header || `n° ${i + 1}`} »</label>
            <select id={`flux-col-${i}`} value={p.mapping[i] ?? ''} onChange={(e) => set(i, e.currentTarget.value)}>
              <option value="">— ignorer —</option>
              {FLUX_IMPORT_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {FLUX_FIELD_LABELS[f]}
                </option>
              ))}
            </select>
            <p class="field-hint">
              ex. : {sample.map((l) => l.cells[i]?.trim()).filter(Boolean).slice(0, 5).join(' · ') || '(vide sur les premières lignes)'}
            </p>
          </li>
        ))}
      </ol>
      <Preview table={p.table} mapping={p.mapping} />
      <div class="field">
        <label for="flux-default-territory">Territoire des entreprises nouvelles (si la ligne n’en donne pas)</label>
        <select id="flux-default-territory" value={p.defaultTerritoryId} onChange={(e) => p.onDefaultTerritory(e.currentTarget.value)}>
          <option value="">— aucun : ces lignes sont refusées —</option>
          {p.territories.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {problems.length > 0 && (
        <ul class="form-error" role="alert">
          {problems.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={problems.length > 0} onClick={p.onNext}>
          Suivant : vérifier les ressources
        </button>
        <button type="button" class="btn btn-light" onClick={p.onCancel}>
          Abandonner
        </button>
      </div>
    </div>
  );
}

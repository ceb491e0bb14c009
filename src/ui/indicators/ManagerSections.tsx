// What managers compare, drawn under the figures: the previous period side by side, targets against
// results (with the admin's form), each person's activity (referents and admins), the implemented
// synergies, and the closed reports with « Clôturer ce rapport ». The data is read by
// use-manager-tables.ts, so the page's workbook holds the same tables.
import { useState } from 'preact/hooks';
import { rangeLabel, TARGET_INDICATORS, TARGET_LABELS, type IndicatorTable, type TargetIndicator } from '../../domain/indicators';
import { can } from '../../domain/permissions';
import { closeReport, saveTarget } from '../../sync/reports-api';
import { showToast } from '../components/toasts';
import { useSession } from '../sync/use-sync';
import { DataTable } from './DataTable';
import type { Selection } from './indicator-query';
import type { ShownReport } from './use-device-report';
import type { ManagerTables } from './use-manager-tables';

function Section({ id, table, children }: { id: string; table?: IndicatorTable; children?: preact.ComponentChildren }) {
  return (
    <section class="ind-section" aria-labelledby={`ind-${id}`}>
      {table && <h2 id={`ind-${id}`}>{table.title}</h2>}
      {table && <p class="ind-how">{table.howCounted}</p>}
      {table && <DataTable table={table} titled />}
      {children}
    </section>
  );
}

const failed = (what: string, message: string) => (
  <p class="form-error" role="alert">
    {what} : {message}
  </p>
);

export function ManagerSections({ data, tables, selection }: { data: ShownReport; tables: ManagerTables; selection: Selection }) {
  const session = useSession();
  const user = session.kind === 'active' ? session.user : undefined;
  const server = data.report.source === 'server';
  const { year, failed: why, closed } = tables;
  return (
    <>
      <Section id="comparison" table={tables.comparison}>
        {why.previous && failed('Période précédente indisponible', why.previous)}
      </Section>
      {server && year === undefined && <p class="muted">Les objectifs sont fixés par année : choisissez une année pour les voir.</p>}
      <Section id="targets" table={tables.targets}>
        {why.targets && failed('Objectifs indisponibles', why.targets)}
        {tables.targets && tables.targets.rows.length === 0 && <p class="muted">Aucun objectif fixé pour {year} dans ces territoires.</p>}
        {server && year !== undefined && user && can(user, 'set indicator targets') && (
          <TargetForm year={year} territories={data.report.territoryIds} names={data.names} onSaved={tables.reloadTargets} />
        )}
      </Section>
      <Section id="advisors" table={tables.advisors}>
        {why.advisors && failed('Activité par personne indisponible', why.advisors)}
      </Section>
      <Section id="implementedList" table={tables.implemented}>
        {why.implemented && failed('Liste indisponible', why.implemented)}
      </Section>
      <Section id="gainsByCategory" table={tables.gainsByCategory} />
      {server && (
        <section class="ind-section" aria-labelledby="ind-closed">
          <h2 id="ind-closed">Rapports clôturés</h2>
          <p class="ind-how">
            Un rapport clôturé garde ses chiffres, la date, les définitions et les règles de son calcul ; le serveur le rend identique et
            montre ses différences avec un nouveau calcul.
          </p>
          {user && can(user, 'close indicator reports') && <CloseButton selection={selection} onClosed={tables.reloadClosed} />}
          {why.closed && failed('Rapports clôturés indisponibles', why.closed)}
          {closed.status === 'ready' &&
            (closed.value.reports.length === 0 ? (
              <p class="muted">Aucun rapport clôturé.</p>
            ) : (
              <ul class="ind-closed-list">
                {closed.value.reports.map((r) => (
                  <li key={r.id}>
                    <a href={`#/indicateurs/clos/${encodeURIComponent(r.id)}`}>
                      {rangeLabel(r.range)} — {r.programme ? 'programme' : r.territoryIds.map((t) => data.names[t] ?? t).join(', ')}
                    </a>{' '}
                    <span class="muted">
                      clôturé le {new Date(r.closedAt).toLocaleDateString('fr-FR')} par {r.closedBy.name}
                    </span>
                  </li>
                ))}
              </ul>
            ))}
        </section>
      )}
    </>
  );
}

function CloseButton({ selection, onClosed }: { selection: Selection; onClosed: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const close = async () => {
    setBusy(true);
    setError(undefined);
    const result = await closeReport(selection.range, selection.territoryId);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    showToast(`Rapport clôturé : ${rangeLabel(selection.range)}.`);
    onClosed();
  };
  return (
    <div class="ind-no-print">
      <button type="button" class="btn" disabled={busy} onClick={() => void close()}>
        Clôturer ce rapport ({rangeLabel(selection.range)})
      </button>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function TargetForm({
  year,
  territories,
  names,
  onSaved,
}: {
  year: number;
  territories: string[];
  names: Record<string, string>;
  onSaved: () => void;
}) {
  const [territoryId, setTerritory] = useState(territories[0] ?? '');
  const [indicator, setIndicator] = useState<TargetIndicator>('companiesMobilised');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (e: Event) => {
    e.preventDefault();
    const n = Number(value.replace(',', '.'));
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) return setError('Objectif : un nombre positif ou nul');
    const result = await saveTarget({ territoryId, year, indicator, value: n });
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    setValue('');
    showToast('Objectif enregistré.');
    onSaved();
  };
  return (
    <form class="ind-target-form ind-no-print" onSubmit={(e) => void submit(e)}>
      <label class="field">
        <span>Territoire de l’objectif</span>
        <select value={territoryId} onChange={(e) => setTerritory(e.currentTarget.value)}>
          {territories.map((t) => (
            <option key={t} value={t}>
              {names[t] ?? t}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Indicateur de l’objectif</span>
        <select value={indicator} onChange={(e) => setIndicator(e.currentTarget.value as TargetIndicator)}>
          {TARGET_INDICATORS.map((i) => (
            <option key={i} value={i}>
              {TARGET_LABELS[i]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Objectif {year}</span>
        <input inputMode="decimal" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <button type="submit" class="btn">
        Enregistrer l’objectif
      </button>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

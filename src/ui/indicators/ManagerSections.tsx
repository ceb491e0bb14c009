// What managers compare, under the figures: the previous period side by side, targets against
// results, each person's activity (referents and admins), the implemented synergies, and the
// closed reports with « Clôturer ce rapport ». The device compares and lists from its own records;
// targets, activity and closed reports come from the server.
import { useMemo, useState } from 'preact/hooks';
import {
  comparisonTable,
  computeIndicators,
  gainsByCategoryTable,
  implementedSynergies,
  implementedTable,
  previousRange,
  rangeLabel,
  TARGET_INDICATORS,
  TARGET_LABELS,
  targetActual,
  targetProgress,
  wholeYearOf,
  type IndicatorTable,
  type TargetIndicator,
} from '../../domain/indicators';
import { can } from '../../domain/permissions';
import { ROLE_LABELS, type Role } from '../../domain/user';
import { fetchServerIndicators } from '../../sync/indicators-api';
import { closeReport, fetchAdvisorActivity, fetchClosedReports, fetchImplemented, fetchTargets, saveTarget } from '../../sync/reports-api';
import { showToast } from '../components/toasts';
import { useSession } from '../sync/use-sync';
import { DataTable } from './DataTable';
import type { Selection } from './indicator-query';
import { useReportingUser, type DeviceReport, type ShownReport } from './use-device-report';
import { loadDeviceRecords } from './device-data';
import { useLiveQuery } from '../hooks/use-live-query';
import { useRemote } from './use-remote';

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

export function ManagerSections({ data, device, selection }: { data: ShownReport; device: DeviceReport; selection: Selection }) {
  const session = useSession();
  const user = session.kind === 'active' ? session.user : undefined;
  const server = data.report.source === 'server';
  const range = data.report.range;
  const key = `${range.from}|${range.to}|${selection.territoryId ?? ''}|${data.report.source}`;
  const previous = previousRange(range);
  const year = wholeYearOf(range);

  // Previous period: the device reads that period's records and recounts them; the server is asked.
  const reportingUser = useReportingUser();
  const previousRecords = useLiveQuery(
    async () => (server ? undefined : loadDeviceRecords({ range: previous, territoryId: selection.territoryId, user: reportingUser })),
    [key],
  );
  const devicePrevious = useMemo(() => {
    const r = previousRecords.data;
    if (!r || server) return undefined;
    return computeIndicators({
      ...r,
      territoryIds: data.report.territoryIds,
      programme: false,
      source: 'device',
      accountsKnown: false,
      activity: [],
    });
  }, [previousRecords.data, data.report.territoryIds.join()]);
  const [serverPrevious] = useRemote(server ? () => fetchServerIndicators(previous, selection.territoryId) : undefined, key);
  const before = devicePrevious ?? (serverPrevious.status === 'ready' ? serverPrevious.value : undefined);
  const comparison = before
    ? comparisonTable(before, data.report, { previous: rangeLabel(previous), current: rangeLabel(range) })
    : undefined;

  const [targets, reloadTargets] = useRemote(server && year !== undefined ? () => fetchTargets(year) : undefined, `${key}|targets`);
  const [advisors] = useRemote(
    server && user && can(user, 'read advisor activity') ? () => fetchAdvisorActivity(range, selection.territoryId) : undefined,
    `${key}|advisors`,
  );
  const [serverImplemented] = useRemote(server ? () => fetchImplemented(range, selection.territoryId) : undefined, `${key}|implemented`);
  const implemented = server
    ? serverImplemented.status === 'ready'
      ? serverImplemented.value.synergies
      : undefined
    : implementedSynergies(device.records.followups, range, data.report.territoryIds);
  const [closed, reloadClosed] = useRemote(server ? fetchClosedReports : undefined, `${key}|closed`);

  const targetTable: IndicatorTable | undefined =
    targets.status === 'ready'
      ? {
          id: 'targets',
          title: `Objectifs ${year} et résultats`,
          howCounted:
            'Objectifs fixés par un administrateur pour chaque territoire et l’année ; le résultat est le chiffre de ce rapport, la part atteinte son rapport à l’objectif.',
          columns: ['Territoire', 'Indicateur', 'Objectif', 'Résultat', 'Atteint (%)'],
          rows: targets.value.targets
            .filter((t) => data.report.territories[t.territoryId])
            .map((t) => {
              const actual = targetActual(data.report.territories[t.territoryId]!, t.indicator);
              return [
                data.names[t.territoryId] ?? t.territoryId,
                TARGET_LABELS[t.indicator],
                t.value,
                actual,
                targetProgress(actual, t.value),
              ];
            }),
        }
      : undefined;
  const advisorTable: IndicatorTable | undefined =
    advisors.status === 'ready'
      ? {
          id: 'advisors',
          title: 'Activité par personne',
          howCounted:
            'Ce que chaque personne a créé dans la période, dans les territoires du rapport (journal des modifications du serveur) : visites selon leur date, entreprises, flux et pistes selon leur date de saisie, enregistrements supprimés exclus. Réservé aux référents et aux administrateurs.',
          columns: ['Personne', 'Rôle', 'Visites', 'Entreprises créées', 'Flux saisis', 'Pistes ouvertes'],
          rows: advisors.value.advisors.map((a) => [a.name, ROLE_LABELS[a.role as Role] ?? '—', a.visits, a.companies, a.flux, a.leads]),
        }
      : undefined;

  return (
    <>
      <Section id="comparison" table={comparison}>
        {serverPrevious.status === 'failed' && failed('Période précédente indisponible', serverPrevious.message)}
      </Section>
      {server && year === undefined && <p class="muted">Les objectifs sont fixés par année : choisissez une année pour les voir.</p>}
      <Section id="targets" table={targetTable}>
        {targets.status === 'failed' && failed('Objectifs indisponibles', targets.message)}
        {targetTable && targetTable.rows.length === 0 && <p class="muted">Aucun objectif fixé pour {year} dans ces territoires.</p>}
        {server && year !== undefined && user && can(user, 'set indicator targets') && (
          <TargetForm year={year} territories={data.report.territoryIds} names={data.names} onSaved={reloadTargets} />
        )}
      </Section>
      <Section id="advisors" table={advisorTable}>
        {advisors.status === 'failed' && failed('Activité par personne indisponible', advisors.message)}
      </Section>
      <Section id="implementedList" table={implemented ? implementedTable(implemented, data.names) : undefined}>
        {serverImplemented.status === 'failed' && failed('Liste indisponible', serverImplemented.message)}
      </Section>
      <Section id="gainsByCategory" table={implemented ? gainsByCategoryTable(implemented) : undefined} />
      {server && (
        <section class="ind-section" aria-labelledby="ind-closed">
          <h2 id="ind-closed">Rapports clôturés</h2>
          <p class="ind-how">
            Un rapport clôturé garde ses chiffres, la date, les définitions et les règles de son calcul ; le serveur le rend identique et
            montre ses différences avec un nouveau calcul.
          </p>
          {user && can(user, 'close indicator reports') && <CloseButton selection={selection} onClosed={reloadClosed} />}
          {closed.status === 'failed' && failed('Rapports clôturés indisponibles', closed.message)}
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

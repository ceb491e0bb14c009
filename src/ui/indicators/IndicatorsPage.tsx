// « Indicateurs »: the programme's figures computed on this device, offline, for the territories it
// holds (or read from the server, for referents and admins) — period and territory chosen, key
// figures with how each is counted, charts with their tables, the CSV and XLSX exports and the printable
// annual report (view « rapport »).
import { can } from '../../domain/permissions';
import { useMemo } from 'preact/hooks';
import { DEVICE_ACCOUNTS_NOTE, INDICATORS, rangeLabel, REPORTING_RULES, UNKNOWN_ON_DEVICE } from '../../domain/indicators';
import { FAMILIES } from '../../domain/families';
import { EmptyState } from '../components/empty-state';
import { Chart } from './Chart';
import { chartOf } from './chart-spec';
import { DataTable, formatCell } from './DataTable';
import { selectionHash, useSelection, type Selection } from './indicator-query';
import { PeriodPicker } from './PeriodPicker';
import { AnnualReport } from './AnnualReport';
import { ClosedReportView } from './ClosedReportView';
import { ManagerSections } from './ManagerSections';
import { exportCsv, exportedManagerTables, exportXlsx } from './report-exports';
import { useDeviceReport, type DeviceReport, type ShownReport } from './use-device-report';
import { useManagerTables } from './use-manager-tables';
import { useServerReport, type ServerState } from './use-server-report';
import { useSession } from '../sync/use-sync';
import './indicators.css';

export function IndicatorsPage({ view, closedId }: { view?: string; closedId?: string }) {
  const selection = useSelection();
  const device = useDeviceReport(selection);
  const server = useServerReport(selection, device.data?.names);
  const session = useSession();
  const mayAskServer = session.kind === 'active' && can(session.user, 'read indicators');
  if (device.loading) return <p class="loading">Calcul des indicateurs…</p>;
  if (device.error || !device.data)
    return <p class="form-error">Les données de l’appareil n’ont pas pu être lues : {device.error?.message}</p>;
  const data: ShownReport = server.status === 'ready' ? server.data : device.data;
  if (view === 'clos' && closedId) return <ClosedReportView id={closedId} names={device.data.names} />;
  if (view === 'rapport' && server.status === 'loading') return <p class="loading">Lecture des chiffres du serveur…</p>;
  if (view === 'rapport') return <AnnualReportView device={device.data} data={data} selection={selection} />;
  return <IndicatorsScreen device={device.data} data={data} selection={selection} server={server} mayAskServer={mayAskServer} />;
}

/** The printed report; its CSV and workbook hold what managers compare too, as the page's files do. */
function AnnualReportView({ device, data, selection }: { device: DeviceReport; data: ShownReport; selection: Selection }) {
  const managed = exportedManagerTables(data, device, useManagerTables(data, device, selection));
  return (
    <AnnualReport
      data={data}
      back={selectionHash('', selection)}
      onCsv={() => exportCsv(data, managed)}
      onXlsx={() => exportXlsx(data, managed)}
    />
  );
}

function IndicatorsScreen({
  device,
  data,
  selection,
  server,
  mayAskServer,
}: {
  device: DeviceReport;
  data: ShownReport;
  selection: Selection;
  server: ServerState;
  mayAskServer: boolean;
}) {
  const records = device.records;
  const empty = data.report.source === 'device' && !records.anything;
  const managed = useManagerTables(data, device, selection);
  const exported = exportedManagerTables(data, device, managed);
  return (
    <section class="page ind-page" aria-labelledby="ind-title">
      <div class="page-header">
        <h1 id="ind-title">Indicateurs</h1>
        <div class="actions">
          <a class="btn btn-primary" href={selectionHash('/rapport', selection)}>
            Rapport annuel (impression)
          </a>
          <button type="button" class="btn" onClick={() => exportCsv(data, exported)}>
            Exporter en CSV
          </button>
          <button type="button" class="btn" onClick={() => exportXlsx(data, exported)}>
            Exporter en XLSX
          </button>
        </div>
      </div>
      <PeriodPicker
        selection={selection}
        territories={selection.source === 'server' ? records.territories : records.territories.filter((t) => device.held.includes(t.id))}
        onChange={(s) => (location.hash = selectionHash('', s))}
      />
      {(mayAskServer || selection.source === 'server') && (
        <label class="field ind-source-pick">
          <span>Chiffres</span>
          <select
            value={selection.source}
            onChange={(e) => (location.hash = selectionHash('', { ...selection, source: e.currentTarget.value as 'device' | 'server' }))}
          >
            <option value="device">De cet appareil (hors ligne)</option>
            <option value="server">Du serveur (tous les appareils, comptes actifs compris)</option>
          </select>
        </label>
      )}
      {server.status === 'loading' && (
        <p class="loading" role="status">
          Lecture des chiffres du serveur…
        </p>
      )}
      {server.status === 'failed' && (
        <p class="form-error" role="alert">
          Chiffres du serveur indisponibles : {server.message}. Ceux de l’appareil sont affichés.
        </p>
      )}
      <p class="muted ind-source" data-testid="indicators-source">
        {data.report.source === 'server'
          ? `Chiffres du serveur du programme — ${data.scopeLabel}, ${rangeLabel(data.report.range)}.`
          : `Calculé sur cet appareil, hors ligne, à partir des données qu’il détient — ${data.scopeLabel}, ${rangeLabel(data.report.range)}.`}
        {data.report.source === 'device' &&
          records.unreadable > 0 &&
          ` ${records.unreadable} enregistrement(s) illisible(s) ne sont pas comptés.`}
      </p>
      <details class="ind-rules">
        <summary>Règles de calcul</summary>
        <ul class="ind-how">
          {REPORTING_RULES.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      {empty ? (
        <EmptyState title="Rien à compter pour l’instant">
          <p>Les indicateurs se rempliront avec les entreprises visitées, les flux saisis, les ateliers et le suivi des synergies.</p>
        </EmptyState>
      ) : (
        <>
          <IndicatorSections data={data} />
          <ManagerSections data={data} tables={managed} selection={selection} />
        </>
      )}
    </section>
  );
}

function KeyFigure({ label, value, howCounted, note }: { label: string; value: number | string; howCounted: string; note?: string }) {
  return (
    <div class="ind-key" data-testid="key-figure">
      <p class="ind-key-value">{formatCell(value)}</p>
      <p class="ind-key-label">{label}</p>
      <p class="ind-how">{howCounted}</p>
      {note && <p class="ind-how ind-note">{note}</p>}
    </div>
  );
}

function IndicatorSections({ data }: { data: ShownReport }) {
  const { report, tables } = data;
  const t = report.total;
  const byId = (id: string) => tables.find((x) => x.id === id)!;
  const charts = useMemo(
    () => ({
      convention: chartOf(byId('convention'), 'bars', [3, 4], { withoutTotal: true, yTitle: 'Synergies identifiées (pistes)' }),
      companies: chartOf(byId('companiesMobilised'), 'bars', [1, 2, 3], { withoutTotal: true, yTitle: 'Entreprises (nombre)' }),
      funnel: chartOf(byId('funnel'), 'bars', [1], { yTitle: 'Pistes (nombre)' }),
      monthly: chartOf(byId('monthly'), 'lines', [1, 2, 3, 4], { yTitle: 'Saisies par mois (nombre)' }),
      flux: chartOf(byId('fluxRecorded'), 'bars', [1, 2], { withoutTotal: true, yTitle: 'Flux (nombre)' }),
      synergies: chartOf(byId('synergiesIdentified'), 'bars', [1, 2], { withoutTotal: true, yTitle: 'Pistes (nombre)' }),
    }),
    [tables],
  );
  const accountsNote = report.accountsKnown ? undefined : DEVICE_ACCOUNTS_NOTE;
  const synergies = FAMILIES.reduce((s, f) => s + t.synergies.substitution[f] + t.synergies.mutualisation[f], 0);
  const tco2 = FAMILIES.reduce((s, f) => s + t.gains.realised[f].tco2e, 0);
  const section = (id: string, chart?: keyof typeof charts) => {
    const table = byId(id);
    return (
      <section class="ind-section" key={id} aria-labelledby={`ind-${id}`}>
        <h2 id={`ind-${id}`}>{table.title}</h2>
        <p class="ind-how">{table.howCounted}</p>
        {chart ? <Chart spec={charts[chart]} table={table} label={table.title} /> : <DataTable table={table} titled />}
      </section>
    );
  };
  return (
    <>
      <div class="ind-keys">
        <KeyFigure
          label={INDICATORS.companiesMobilised.label}
          value={t.companies.mobilised}
          howCounted={INDICATORS.companiesMobilised.howCounted}
        />
        <KeyFigure
          label={INDICATORS.activeAccounts.label}
          value={report.accountsKnown ? t.accounts.active : UNKNOWN_ON_DEVICE}
          howCounted={INDICATORS.activeAccounts.howCounted}
          note={accountsNote}
        />
        <KeyFigure label={INDICATORS.synergiesIdentified.label} value={synergies} howCounted={INDICATORS.synergiesIdentified.howCounted} />
        <KeyFigure label="Synergies mises en œuvre" value={t.funnel.implemented} howCounted={INDICATORS.funnel.howCounted} />
        <KeyFigure label="t CO2e évitées par an (réalisé)" value={tco2} howCounted={INDICATORS.gainsRealised.howCounted} />
        <KeyFigure label={INDICATORS.workshopsHeld.label} value={t.workshops.held} howCounted={INDICATORS.workshopsHeld.howCounted} />
      </div>
      {section('convention', 'convention')}
      {section('companiesMobilised', 'companies')}
      {section('activeAccounts')}
      {section('monthly', 'monthly')}
      {section('fluxRecorded', 'flux')}
      {section('topResources')}
      {section('synergiesIdentified', 'synergies')}
      {section('funnel', 'funnel')}
      {section('rejected')}
      {section('gainsExpected')}
      {section('gainsExpectedByTerritory')}
      {section('gainsRealised')}
      {section('gainsRealisedByTerritory')}
      {section('workshopsHeld')}
    </>
  );
}

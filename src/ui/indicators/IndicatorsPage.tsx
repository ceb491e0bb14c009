// « Indicateurs »: the programme's figures computed on this device, offline, for the territories it
// holds — period and territory chosen, key figures with how each is counted, charts with their
// tables, the CSV export and the printable annual report (view « rapport »).
import { useMemo } from 'preact/hooks';
import { DEVICE_ACCOUNTS_NOTE, INDICATORS, rangeLabel } from '../../domain/indicators';
import { FAMILIES } from '../../domain/families';
import { csvToBlob, downloadBlob } from '../../exchange/download';
import { EmptyState } from '../components/empty-state';
import { showToast } from '../components/toasts';
import { Chart } from './Chart';
import { chartOf } from './chart-spec';
import { DataTable, formatCell } from './DataTable';
import { selectionHash, useSelection } from './indicator-query';
import { csvFileName, indicatorsToCsv } from './indicators-csv';
import { PeriodPicker } from './PeriodPicker';
import { AnnualReport } from './AnnualReport';
import { useDeviceReport, type DeviceReport } from './use-device-report';
import './indicators.css';

export function IndicatorsPage({ view }: { view?: string }) {
  const selection = useSelection();
  const { loading, error, data } = useDeviceReport(selection);
  if (loading) return <p class="loading">Calcul des indicateurs…</p>;
  if (error || !data) return <p class="form-error">Les données de l’appareil n’ont pas pu être lues : {error?.message}</p>;
  const exportCsv = () => {
    downloadBlob(csvToBlob(indicatorsToCsv(data.report, data.tables, data.scopeLabel)), csvFileName(data.report));
    showToast('Indicateurs exportés (CSV).');
  };
  if (view === 'rapport') return <AnnualReport data={data} back={selectionHash('', selection)} onCsv={exportCsv} />;
  return (
    <section class="page ind-page" aria-labelledby="ind-title">
      <div class="page-header">
        <h1 id="ind-title">Indicateurs</h1>
        <div class="actions">
          <a class="btn btn-primary" href={selectionHash('/rapport', selection)}>
            Rapport annuel (impression)
          </a>
          <button type="button" class="btn" onClick={exportCsv}>
            Exporter en CSV
          </button>
        </div>
      </div>
      <PeriodPicker selection={selection} territories={data.records.territories} onChange={(s) => (location.hash = selectionHash('', s))} />
      <p class="muted ind-source">
        Calculé sur cet appareil, hors ligne, à partir des données qu’il détient — {data.scopeLabel}, {rangeLabel(data.report.range)}.
        {data.records.unreadable > 0 && ` ${data.records.unreadable} enregistrement(s) illisible(s) ne sont pas comptés.`}
      </p>
      {data.records.companies.length === 0 && data.records.followups.length === 0 ? (
        <EmptyState title="Rien à compter pour l’instant">
          <p>Les indicateurs se rempliront avec les entreprises visitées, les flux saisis, les ateliers et le suivi des synergies.</p>
        </EmptyState>
      ) : (
        <IndicatorSections data={data} />
      )}
    </section>
  );
}

function KeyFigure({ label, value, howCounted, note }: { label: string; value: number; howCounted: string; note?: string }) {
  return (
    <div class="ind-key" data-testid="key-figure">
      <p class="ind-key-value">{formatCell(value)}</p>
      <p class="ind-key-label">{label}</p>
      <p class="ind-how">{howCounted}</p>
      {note && <p class="ind-how ind-note">{note}</p>}
    </div>
  );
}

function IndicatorSections({ data }: { data: DeviceReport }) {
  const { report, tables } = data;
  const t = report.total;
  const byId = (id: string) => tables.find((x) => x.id === id)!;
  const charts = useMemo(
    () => ({
      convention: chartOf(byId('convention'), 'bars', [1, 2, 3, 4], { withoutTotal: true }),
      companies: chartOf(byId('companiesMobilised'), 'bars', [1, 2, 3], { withoutTotal: true }),
      funnel: chartOf(byId('funnel'), 'bars', [1]),
      monthly: chartOf(byId('monthly'), 'lines', [1, 2, 3, 4]),
      flux: chartOf(byId('fluxRecorded'), 'bars', [1, 2], { withoutTotal: true }),
      synergies: chartOf(byId('synergiesIdentified'), 'bars', [1, 2], { withoutTotal: true }),
    }),
    [tables],
  );
  const synergies = FAMILIES.reduce((s, f) => s + t.synergies.substitution[f] + t.synergies.mutualisation[f], 0);
  const tco2 = FAMILIES.reduce((s, f) => s + t.gains.realised[f].tco2e, 0);
  const section = (id: string, chart?: keyof typeof charts) => {
    const table = byId(id);
    return (
      <section class="ind-section" key={id} aria-labelledby={`ind-${id}`}>
        <h2 id={`ind-${id}`}>{table.title}</h2>
        <p class="ind-how">{table.howCounted}</p>
        {id === 'activeAccounts' && <p class="ind-how ind-note">{DEVICE_ACCOUNTS_NOTE}</p>}
        {chart ? <Chart spec={charts[chart]} table={table} label={table.title} /> : <DataTable table={table} />}
      </section>
    );
  };
  return (
    <>
      <div class="ind-keys">
        <KeyFigure label={INDICATORS.companiesMobilised.label} value={t.companies.mobilised} howCounted={INDICATORS.companiesMobilised.howCounted} />
        <KeyFigure label={INDICATORS.activeAccounts.label} value={t.accounts.active} howCounted={INDICATORS.activeAccounts.howCounted} note={DEVICE_ACCOUNTS_NOTE} />
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

// The annual report, print-ready (A4): the convention's article 8 table per territory, then the
// funnel and the gains, each table with how it is counted; « Imprimer » → PDF from the browser.
import { DEVICE_ACCOUNTS_NOTE, INDICATORS, rangeLabel } from '../../domain/indicators';
import { ReportActions } from '../components/report-actions';
import { DataTable } from './DataTable';
import type { ShownReport } from './use-device-report';

const REPORT_TABLES = ['convention', 'companiesMobilised', 'funnel', 'rejected', 'gainsExpectedByTerritory', 'gainsRealisedByTerritory', 'gainsExpected', 'gainsRealised', 'workshopsHeld'];

export function AnnualReport({ data, back, onCsv }: { data: ShownReport; back: string; onCsv: () => void }) {
  const { report, tables } = data;
  const printed = REPORT_TABLES.map((id) => tables.find((t) => t.id === id)!);
  return (
    <article class="page ind-report" aria-labelledby="report-title">
      <ReportActions backHref={back} backLabel="Indicateurs" onCsv={onCsv} noPrintClass="ind-no-print" />
      <h1 id="report-title">Rapport d’activité — {rangeLabel(report.range)}</h1>
      <p>
        Programme d’écologie industrielle et territoriale — {data.scopeLabel}. Chiffres établis le {new Date().toLocaleDateString('fr-FR')}{' '}
        {report.source === 'server' ? 'à partir de la base du serveur du programme.' : 'à partir des données de cet appareil.'}
      </p>
      {printed.map((table) => (
        <section key={table.id} class="ind-report-section">
          <h2>{table.title}</h2>
          <DataTable table={table} />
          <p class="ind-how">{table.howCounted}</p>
        </section>
      ))}
      {!report.accountsKnown && (
        <section class="ind-report-section">
          <h2>{INDICATORS.activeAccounts.label}</h2>
          <p class="ind-how">{DEVICE_ACCOUNTS_NOTE}</p>
        </section>
      )}
    </article>
  );
}

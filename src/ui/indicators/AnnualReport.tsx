// The annual report, print-ready (A4): the convention's article 8 table per territory, then the
// funnel, the gains and the implemented synergies, each table with how it is counted, and the
// reporting rules. On paper every page carries a running header (programme, period, « chiffres
// au … ») and « Page n / N », drawn by the page's margin boxes; each title is printed once.
import { useEffect } from 'preact/hooks';
import { DEVICE_ACCOUNTS_NOTE, INDICATORS, PROGRAMME_NAME, rangeLabel, REPORTING_RULES } from '../../domain/indicators';
import { ReportActions } from '../components/report-actions';
import { DataTable } from './DataTable';
import type { ShownReport } from './use-device-report';

const REPORT_TABLES = [
  'convention',
  'companiesMobilised',
  'funnel',
  'rejected',
  'gainsExpectedByTerritory',
  'gainsRealisedByTerritory',
  'gainsExpected',
  'gainsRealised',
  'workshopsHeld',
];

/** A CSS string literal: the header's text goes into `content: "…"`. */
const cssText = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/**
 * The running header and the page numbers, as @page margin boxes (Chromium 131+, Firefox 138+),
 * added through the CSSOM while the report is shown: the content security policy refuses inline
 * <style>, and the header's text changes with the selection.
 */
export function usePrintHeader(header: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printPageStyle(header));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [header]);
}

export function printPageStyle(header: string): string {
  return `@media print { @page {
  @top-left { content: ${cssText(header)}; font-size: 8pt; color: #444; }
  @bottom-right { content: "Page " counter(page) " / " counter(pages); font-size: 8pt; color: #444; }
} }`;
}

export function AnnualReport({ data, back, onCsv, onXlsx }: { data: ShownReport; back: string; onCsv: () => void; onXlsx: () => void }) {
  const { report, tables } = data;
  const printed = REPORT_TABLES.map((id) => tables.find((t) => t.id === id)!);
  const figuresAt = new Date().toLocaleDateString('fr-FR');
  const header = `${PROGRAMME_NAME} — ${data.scopeLabel} — ${rangeLabel(report.range)} — chiffres au ${figuresAt}`;
  usePrintHeader(header);
  // The device's implemented synergies travel with its tables (the server's list is on the Indicateurs page).
  const implemented = tables.filter((t) => t.id === 'implementedList' || t.id === 'gainsByCategory');
  return (
    <article class="page ind-report" aria-labelledby="report-title">
      <ReportActions backHref={back} backLabel="Indicateurs" onCsv={onCsv} onXlsx={onXlsx} noPrintClass="ind-no-print" />
      <h1 id="report-title">Rapport d’activité — {rangeLabel(report.range)}</h1>
      <p data-testid="report-stamp">
        {PROGRAMME_NAME} — {data.scopeLabel}. Chiffres au {figuresAt}{' '}
        {report.source === 'server' ? 'à partir de la base du serveur du programme.' : 'à partir des données de cet appareil.'}
      </p>
      {!report.accountsKnown && <p class="ind-how ind-note">{DEVICE_ACCOUNTS_NOTE}</p>}
      {[...printed, ...implemented].map((table) => (
        <section key={table.id} class="ind-report-section" aria-labelledby={`rep-${table.id}`}>
          <h2 id={`rep-${table.id}`}>{table.title}</h2>
          <DataTable table={table} titled />
          <p class="ind-how">{table.howCounted}</p>
        </section>
      ))}
      <section class="ind-report-section" aria-labelledby="rep-rules">
        <h2 id="rep-rules">Règles de calcul</h2>
        <ul class="ind-how">
          {REPORTING_RULES.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
      {!report.accountsKnown && <p class="sr-only">{INDICATORS.activeAccounts.label}</p>}
    </article>
  );
}

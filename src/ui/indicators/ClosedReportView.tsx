// One closed report as the server keeps it: « Rapport clôturé le … par … », its figures and the
// definitions it was counted with, then the differences with a recomputation of the same period
// and territories today (corrections, deletions, late entries since the closing).
import { differencesTable, indicatorTables, PROGRAMME_NAME, rangeLabel, type IndicatorTable } from '../../domain/indicators';
import { fetchServerIndicators } from '../../sync/indicators-api';
import { fetchClosedReport } from '../../sync/reports-api';
import { usePrintHeader } from './AnnualReport';
import { DataTable } from './DataTable';
import { exportIndicatorsXlsx } from './export-xlsx';
import { useRemote } from './use-remote';

const SHOWN = ['convention', 'companiesMobilised', 'funnel', 'rejected', 'gainsExpected', 'gainsRealised', 'workshopsHeld'];

export function ClosedReportView({ id, names }: { id: string; names: Record<string, string> }) {
  const [closed] = useRemote(() => fetchClosedReport(id), id);
  const report = closed.status === 'ready' ? closed.value.report : undefined;
  const territory = report && !report.programme ? report.territoryIds.join(',') : undefined;
  const [now] = useRemote(report ? () => fetchServerIndicators(report.range, territory) : undefined, `${id}|${report ? 'now' : ''}`);
  const stamp = closed.status === 'ready' ? new Date(closed.value.closedAt).toLocaleDateString('fr-FR') : '';
  usePrintHeader(report ? `${PROGRAMME_NAME} — rapport clôturé — ${rangeLabel(report.range)} — chiffres au ${stamp}` : PROGRAMME_NAME);
  if (closed.status === 'failed')
    return (
      <p class="form-error" role="alert">
        Rapport clôturé indisponible : {closed.message}
      </p>
    );
  if (!report || closed.status !== 'ready') return <p class="loading">Lecture du rapport clôturé…</p>;
  const { closedAt, closedBy } = closed.value;
  const allTables = indicatorTables(report, names);
  const tables = allTables.filter((t) => SHOWN.includes(t.id));
  let differences: IndicatorTable | undefined;
  if (now.status === 'ready') {
    const { definitions: _d, ...recomputed } = now.value;
    differences = differencesTable(report, recomputed, names);
  }
  // The workbook holds every table of the closed figures, and the differences once recomputed.
  const exportXlsx = () =>
    void exportIndicatorsXlsx({
      report,
      tables: differences && differences.rows.length > 0 ? [...allTables, differences] : allTables,
      scopeLabel: report.programme ? 'programme' : report.territoryIds.map((t) => names[t] ?? t).join(', '),
      figuresAt: new Date(closedAt),
      closed: { by: closedBy.name, rules: closed.value.rules },
    });
  return (
    <article class="page ind-report" aria-labelledby="closed-title">
      <p class="ind-no-print">
        <a class="back" href="#/indicateurs?source=serveur">
          ← Indicateurs
        </a>{' '}
        <button type="button" class="btn" onClick={exportXlsx}>
          Exporter en XLSX
        </button>
      </p>
      <h1 id="closed-title">Rapport clôturé — {rangeLabel(report.range)}</h1>
      <p data-testid="closed-stamp">
        Clôturé le {new Date(closedAt).toLocaleString('fr-FR')} par {closedBy.name} ; chiffres figés à cette date, comptés selon les
        définitions et règles ci-dessous.
      </p>
      <section class="ind-section" aria-labelledby="ind-differences">
        <h2 id="ind-differences">Différences avec un nouveau calcul</h2>
        {now.status === 'loading' && <p class="loading">Nouveau calcul…</p>}
        {now.status === 'failed' && <p class="form-error">Nouveau calcul impossible : {now.message}</p>}
        {differences &&
          (differences.rows.length === 0 ? (
            <p data-testid="no-differences">Aucune différence : un nouveau calcul donne les mêmes chiffres.</p>
          ) : (
            <>
              <p class="ind-how">{differences.howCounted}</p>
              <DataTable table={differences} titled />
            </>
          ))}
      </section>
      {tables.map((t) => (
        <section key={t.id} class="ind-report-section">
          <DataTable table={t} />
          <p class="ind-how">{t.howCounted}</p>
        </section>
      ))}
      <section class="ind-report-section">
        <h2>Règles de calcul</h2>
        <ul class="ind-how">
          {closed.value.rules.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}

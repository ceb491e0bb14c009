// An indicator table as HTML: the figures under each chart, for screen readers and for copying.
import type { Cell, IndicatorTable } from '../../domain/indicators';

/** Rows that sum the others, set apart on screen and on paper. */
const TOTAL_ROWS = new Set(['Total', 'Programme', 'Ensemble']);
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });
export const formatCell = (c: Cell) => (typeof c === 'number' ? number.format(c) : (c ?? '—'));

/**
 * `titled`: a heading above already names the table, so the caption is for screen readers only
 * (never the same title twice on screen or on paper). The wrapper scrolls a wide table on a phone
 * and takes the keyboard's focus, so it can be scrolled without a pointer.
 */
export function DataTable({ table, caption = table.title, titled = false }: { table: IndicatorTable; caption?: string; titled?: boolean }) {
  return (
    <div class="ind-table-wrap" role="region" tabIndex={0} aria-label={`${caption} (tableau défilant)`}>
      <table class="ind-table" data-indicator={table.id}>
        <caption class={titled ? 'sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} class={TOTAL_ROWS.has(String(row[0])) ? 'ind-total' : undefined}>
              {row.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {formatCell(c)}
                  </th>
                ) : (
                  <td key={j}>{formatCell(c)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

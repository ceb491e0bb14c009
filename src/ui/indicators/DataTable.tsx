// An indicator table as HTML: the figures under each chart, for screen readers and for copying.
import type { Cell, IndicatorTable } from '../../domain/indicators';

/** Rows that sum the others, set apart on screen and on paper. */
const TOTAL_ROWS = new Set(['Total', 'Programme', 'Ensemble']);
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });
export const formatCell = (c: Cell) => (typeof c === 'number' ? number.format(c) : (c ?? '—'));

export function DataTable({ table, caption = table.title }: { table: IndicatorTable; caption?: string }) {
  return (
    <div class="ind-table-wrap">
      <table class="ind-table" data-indicator={table.id}>
        <caption>{caption}</caption>
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

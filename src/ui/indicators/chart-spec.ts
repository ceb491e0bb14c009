// Which columns and rows of an indicator table a chart draws: the chart and its table are the
// same figures, so a reader of the table misses nothing of the picture.
import type { IndicatorTable } from '../../domain/indicators';

export interface ChartSpec {
  kind: 'bars' | 'lines';
  /** What the categories are (« Territoire », « Mois »): the x axis's title and the legend's first entry. */
  xLabel: string;
  /** The y axis's title with its unit: one measure per chart (« Entreprises », never companies and accounts together). */
  yTitle: string;
  /** Counts have whole ticks only (no « 0,5 entreprise »). */
  integer: boolean;
  /** Category under each bar, or month of each point. */
  labels: string[];
  series: { label: string; values: number[] }[];
}

/** Colours that stay apart for common colour blindness (Okabe–Ito), in series order. */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

export function chartOf(
  table: IndicatorTable,
  kind: ChartSpec['kind'],
  columns: number[],
  { withoutTotal = false, yTitle, integer = true }: { withoutTotal?: boolean; yTitle: string; integer?: boolean },
): ChartSpec {
  const rows = withoutTotal ? table.rows.slice(0, -1) : table.rows;
  return {
    kind,
    xLabel: table.columns[0] ?? '',
    yTitle,
    integer,
    labels: rows.map((r) => String(r[0] ?? '')),
    series: columns.map((c) => ({ label: table.columns[c] ?? '', values: rows.map((r) => (typeof r[c] === 'number' ? r[c] : 0)) })),
  };
}

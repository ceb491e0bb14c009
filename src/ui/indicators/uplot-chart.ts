// Draws a chart with uPlot, loaded only when the Indicateurs page shows one (never in the app
// shell): grouped bars by category, or lines by month. Canvas only; the table beside it carries
// the figures for screen readers.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { SERIES_COLOURS, type ChartSpec } from './chart-spec';

const PIXEL_PERCENT = 2 as uPlot.Series.BarsPathBuilderFacetUnit;
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
/** Territory names are long: the axis shows their start, the table under the chart the whole name. */
const short = (label: string, width: number, count: number) => {
  const max = Math.max(6, Math.floor(width / Math.max(1, count) / 7));
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
};

/** Bars of each category side by side: x0 and width as fractions of the plot's width. */
function groupedBars(categories: number, seriesCount: number): uPlot.Series.PathBuilder {
  const width = 0.8 / categories / seriesCount;
  const range = (self: uPlot, seriesIdx: number, idx0: number, idx1: number, value: (i: number) => number) => {
    void self;
    void seriesIdx;
    const out: number[] = [];
    for (let i = idx0; i <= idx1; i++) out.push(value(i));
    return out;
  };
  return uPlot.paths.bars!({
    disp: {
      x0: { unit: PIXEL_PERCENT, values: (u, s, i0, i1) => range(u, s, i0, i1, (i) => (i + 0.1) / categories + (s - 1) * width) },
      size: { unit: PIXEL_PERCENT, values: (u, s, i0, i1) => range(u, s, i0, i1, () => width) },
    },
  });
}

export function drawChart(el: HTMLElement, spec: ChartSpec, width: number): uPlot {
  const n = spec.labels.length;
  const x = spec.labels.map((_, i) => i);
  const bars = spec.kind === 'bars';
  const options: uPlot.Options = {
    width,
    height: Math.round(Math.min(320, Math.max(200, width * 0.45))),
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: bars ? [-0.5, n - 0.5] : [0, Math.max(1, n - 1)] },
      y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] },
    },
    axes: [
      {
        values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? short(spec.labels[v] ?? '', width, n) : '')),
        splits: () => x,
        size: 50,
        rotate: 0,
      },
      { values: (_u, splits) => splits.map((v) => number.format(v)) },
    ],
    series: [
      { label: spec.xLabel, value: (_u, v) => (v === null ? '' : (spec.labels[v] ?? '')) },
      ...spec.series.map((s, i) => ({
        label: s.label,
        stroke: SERIES_COLOURS[i % SERIES_COLOURS.length],
        fill: bars ? SERIES_COLOURS[i % SERIES_COLOURS.length] : undefined,
        width: bars ? 0 : 2,
        paths: bars ? groupedBars(n, spec.series.length) : undefined,
        points: { show: !bars },
        value: (_u: uPlot, v: number | null) => (v === null ? '' : number.format(v)),
      })),
    ],
  };
  return new uPlot(options, [x, ...spec.series.map((s) => s.values)], el);
}

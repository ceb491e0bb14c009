// Draws a chart with uPlot, loaded only when the Indicateurs page shows one (never in the app
// shell): grouped bars by category, or lines by month. Canvas only; the table beside it carries
// the figures for screen readers.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { SERIES_COLOURS, type ChartSpec } from './chart-spec';

const PIXEL_PERCENT = 2 as uPlot.Series.BarsPathBuilderFacetUnit;
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
/** About one character's width at the axis's font, in CSS px. */
const CHAR_PX = 7;
/** Labels turn when the longest would not fit under its category (25 territories on a laptop). */
const mustRotate = (labels: readonly string[], width: number) =>
  labels.length > 1 && Math.min(18, Math.max(...labels.map((l) => l.length))) * CHAR_PX > (width - 80) / labels.length;
/** Territory names are long: the axis shows their start, the table under the chart the whole name. */
const short = (label: string, width: number, count: number, rotated: boolean) => {
  const max = rotated ? 18 : Math.max(6, Math.floor(width / Math.max(1, count) / CHAR_PX));
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
};
/** Whole ticks for counts: a step of 1, 2, 5, 10… fitting about five ticks. */
function integerSplits(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const raw = top / 5;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? magnitude * 10;
  const out: number[] = [];
  for (let v = 0; v <= top; v += step) out.push(v);
  return out;
}

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
  const rotate = mustRotate(spec.labels, width);
  const options: uPlot.Options = {
    width,
    // Room on the right for the last label, turned or not.
    padding: [12, rotate ? 48 : 28, 0, 0],
    height: Math.round(Math.min(320, Math.max(200, width * 0.45))) + (rotate ? 90 : 0),
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: bars ? [-0.5, n - 0.5] : [0, Math.max(1, n - 1)] },
      y: { range: (_u, _min, max) => [0, spec.integer ? Math.max(1, Math.ceil(max * 1.1)) : Math.max(1, max * 1.1)] },
    },
    axes: [
      {
        label: spec.xLabel,
        values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? short(spec.labels[v] ?? '', width, n, rotate) : '')),
        splits: () => x,
        size: rotate ? 130 : 50,
        rotate: rotate ? -60 : 0,
      },
      {
        label: spec.yTitle,
        ...(spec.integer ? { splits: (u: uPlot) => integerSplits(u.scales.y!.max ?? 1) } : {}),
        values: (_u, splits) => splits.map((v) => number.format(v)),
      },
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

// A chart and its data table. The charting library is imported on first draw, so it never
// weighs on the app shell; if it cannot draw (no canvas), the table still says everything.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IndicatorTable } from '../../domain/indicators';
import type { ChartSpec } from './chart-spec';
import { DataTable } from './DataTable';

export function Chart({ spec, table, label }: { spec: ChartSpec; table: IndicatorTable; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let plot: { destroy(): void; setSize(s: { width: number; height: number }): void } | undefined;
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    const el = box.current;
    if (!el) return;
    // No 2D canvas (a locked-down browser, a test DOM): the chart library would fail later, outside
    // any handler; the table alone is shown.
    if (!document.createElement('canvas').getContext?.('2d')) {
      setFailed(true);
      return;
    }
    import('./uplot-chart')
      .then(({ drawChart }) => {
        if (cancelled) return;
        el.replaceChildren();
        const width = () => Math.max(280, el.clientWidth || 600);
        plot = drawChart(el, spec, width());
        if (typeof ResizeObserver === 'function') {
          let last = width();
          observer = new ResizeObserver(() => {
            if (Math.abs(width() - last) < 8) return;
            last = width();
            plot?.destroy();
            el.replaceChildren();
            plot = drawChart(el, spec, last);
          });
          observer.observe(el);
        }
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [spec]);
  return (
    <figure class="ind-chart">
      <div ref={box} class="ind-chart-canvas" role="img" aria-label={`${label} (graphique ; chiffres dans le tableau qui suit)`} />
      {failed && <p class="muted">Graphique indisponible sur cet appareil : le tableau ci-dessous donne les chiffres.</p>}
      <figcaption class="sr-only">{label}</figcaption>
      <DataTable table={table} titled />
    </figure>
  );
}

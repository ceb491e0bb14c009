// The « Carte » at regional scale, measured by bench:browser on the region it has just written
// (10,000 companies at 100,000 flux): the page opened (MapLibre loaded, companies drawn), the
// synergy lines drawn, and frame times while the map is dragged and zoomed, without and with a
// tablet-like CPU (4× slower). Plain background: the bench serves no basemap. `--trace <file>`
// writes a Chromium trace of the opening (the page's thread, MapLibre's and the matching workers').
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

const fr = (n: number) => Math.round(n).toLocaleString('fr-FR');
const ms = (t: number) => `${t < 10 ? t.toFixed(1) : fr(t)} ms`;

/** Frame intervals while `act` runs, recorded by requestAnimationFrame in the page. */
async function frames(page: Page, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]!);
}

function describe(intervals: number[]): string {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const slow = intervals.filter((d) => d > 50).length;
  return `${fr(intervals.length)} images, médiane ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(at(1))}, > 50 ms : ${fr(slow)}`;
}

/** Drags across the map and zooms in and out with the wheel, as a hand would. */
async function panAndZoom(page: Page): Promise<void> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  for (const [dx, dy] of [
    [250, 0],
    [-250, 120],
    [0, -200],
    [180, 180],
  ] as const) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 30 });
    await page.mouse.up();
  }
  for (const delta of [-300, -300, 300, 300]) {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(400);
  }
}

/** `--trace <file>`: a Chromium trace of the opening (link → lines drawn), to open in DevTools' Performance panel. */
const traceArg = process.argv.indexOf('--trace');
const TRACE_FILE = traceArg > 0 ? process.argv[traceArg + 1] : undefined;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
];

export async function measureMap(page: Page, url: string, cdp: CDPSession): Promise<void> {
  await page.goto(`${url}/#/entreprises`);
  await page.getByRole('heading', { name: 'Entreprises' }).waitFor();
  // With several rounds, the file holds the last opening.
  const browser = page.context().browser();
  if (TRACE_FILE && browser) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  // From the link followed to the companies drawn (MapLibre's chunk fetched the first time).
  const openMs = await page.evaluate(async () => {
    performance.clearMarks();
    performance.mark('map:open');
    const start = performance.now();
    location.hash = '#/carte';
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector('.map-canvas')?.hasAttribute('data-companies') ? resolve() : requestAnimationFrame(check);
      check();
    });
    return performance.now() - start;
  });
  // Lines drawn: an image complete with synergy lines in view (they may follow the companies).
  const linesMs = await page.evaluate(async () => {
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const check = () =>
        Number(document.querySelector('.map-canvas')?.getAttribute('data-synergies')) > 0 ? resolve() : requestAnimationFrame(check);
      check();
    });
    return performance.now() - start;
  });
  if (TRACE_FILE && browser) writeFileSync(TRACE_FILE, await browser.stopTracing());
  await page.waitForTimeout(1000);
  // Where the time went, from the app's User Timing marks (first of each since the link).
  const phases = await page.evaluate(() => {
    const first = (name: string) => performance.getEntriesByName(name).at(0)?.startTime ?? NaN;
    const nav = performance.getEntriesByName('map:open').at(-1)?.startTime ?? NaN;
    return {
      library: first('map:library') - nav,
      base: first('map:base') - nav,
      synergies: first('map:synergies') - nav,
      drawn: first('map:drawn') - nav,
      balance: first('map:balance') - nav,
    };
  });
  const drawn = await page.locator('.map-canvas').evaluate((el) => ({
    clusters: el.getAttribute('data-clusters'),
    companies: el.getAttribute('data-companies'),
    synergies: el.getAttribute('data-synergies'),
    inView: el.getAttribute('data-synergies-in-view'),
  }));
  const listed = (await page.locator('#map-synergies').textContent()) ?? '';
  const plain = await frames(page, () => panAndZoom(page));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const tablet = await frames(page, () => panAndZoom(page));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  console.log(`  Carte : ouverture (lien → entreprises dessinées) ${ms(openMs)} ; lignes de synergies dessinées ${ms(openMs + linesMs)}`);
  console.log(
    `    dont MapLibre chargé à ${ms(phases.library)}, entreprises, zones et suivis lus à ${ms(phases.base)}, lignes reçues du worker à ${ms(phases.synergies)}, première image complète à ${ms(phases.drawn)}, flux lus (couleurs) à ${ms(phases.balance)}`,
  );
  console.log(
    `    à l’écran : ${drawn.clusters} groupes, ${drawn.companies} entreprises isolées, ${drawn.synergies} synergies dessinées (${drawn.inView ?? 'n/d'} dans la vue) ; liste « ${listed.trim()} »`,
  );
  console.log(`    glisser + zoomer : ${describe(plain)}`);
  console.log(`    idem, processeur 4× plus lent (tablette) : ${describe(tablet)}`);
}

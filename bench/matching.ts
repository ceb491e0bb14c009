// Benchmark of the synergy engine on seeded synthetic regions (npm run bench:matching [-- --sizes
// 1000,10000]), in Node on the worker's code, without a worker: the first answer of a full run
// (matching + compact result, what the worker does before it answers `matched`), then the
// materialisation of every Synergy record page by page (what the worker does across all `page`
// requests), memory, synergies found, speed-up over the all-pairs reference, incremental update
// after one company changes. Not measured: the worker→page transfer and the IndexedDB writes
// (fake-indexeddb is not representative of a browser). Targets (2-core dev machine): first answer
// at 100,000 flux < 1 s, incremental < 20 ms.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Synergy } from '../src/domain';
import { MatchEngine } from '../src/matching/engine';
import { DEFAULT_PAGE_SIZE } from '../src/matching/full-run';
import { referenceMatch } from '../src/matching/reference';
import { seededRandom, syntheticRegion } from '../src/matching/synthetic';
import { DEFAULT_TOP_N, type MatchOptions } from '../src/matching/types';

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [1_000, 10_000, 100_000];
const REFERENCE_MAX = 10_000;
const INCREMENTAL_RUNS = 30;
const options: MatchOptions = { topN: DEFAULT_TOP_N, now: 0 };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} Mo`;
const ms = (t: number) => `${t.toFixed(t < 10 ? 2 : 0)} ms`;
// A real gc() even without --expose-gc on the command line, so the retained heap is measured.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

// Warm-up, so neither the engine nor the reference pays for compiling its code in the first size.
{
  const warm = syntheticRegion({ seed: 1, fluxCount: 2_000 });
  const engine = new MatchEngine(options);
  engine.load(warm);
  const run = engine.snapshot();
  for (let k = 0; k < run.pageCount; k++) run.page(k);
  referenceMatch(warm, options);
}

for (const size of SIZES) {
  const region = syntheticRegion({ seed: 42, fluxCount: size });
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const engine = new MatchEngine(options);
  const [run, firstMs] = time(() => {
    engine.load(region);
    return engine.snapshot();
  });
  gc();
  const heapMatched = process.memoryUsage().heapUsed;
  const [synergies, pagesMs] = time(() => {
    const all: Synergy[] = [];
    for (let k = 0; k < run.pageCount; k++) for (const s of run.page(k)) all.push(s);
    return all;
  });
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  const { substitutions, mutualisations, total } = run.counts;
  const fr = (n: number) => n.toLocaleString('fr-FR');
  console.log(`\n${fr(size)} flux, ${fr(region.companies.length)} entreprises`);
  console.log(
    `  1re réponse : ${ms(firstMs)} (appariement + résultat compact : ce que le worker fait avant de répondre « matched » avec les comptes)`,
  );
  console.log(
    `  pages       : ${ms(pagesMs)} pour matérialiser les ${fr(total)} synergies en ${run.pageCount} pages de ${fr(DEFAULT_PAGE_SIZE)} (temps worker cumulé, étalé pendant l’enregistrement)`,
  );
  console.log(`  total calcul: ${ms(firstMs + pagesMs)} — hors transfert worker→page et écritures IndexedDB (non mesurés ici)`);
  console.log(`  synergies   : ${fr(total)} (${fr(substitutions)} substitutions, ${fr(mutualisations)} mutualisations)`);
  const byRule = new Map<string, { count: number; most: number }>();
  for (const s of synergies) {
    if (s.kind !== 'mutualisation') continue;
    const entry = byRule.get(s.groupRule ?? '?') ?? { count: 0, most: 0 };
    entry.count++;
    entry.most = Math.max(entry.most, s.companyIds.length);
    byRule.set(s.groupRule ?? '?', entry);
  }
  console.log(
    `  groupes     : ${[...byRule]
      .sort()
      .map(([rule, e]) => `${rule} ${fr(e.count)} (≤ ${e.most} entreprises)`)
      .join(', ')}`,
  );
  console.log(
    `  mémoire     : tas retenu +${mb(heapMatched - heapBefore)} à la 1re réponse (état + résultat compact, ce que garde le worker), +${mb(heapAfter - heapBefore)} avec toutes les synergies en mémoire (le bench les garde ; le worker, une page à la fois), RSS max du processus (pic) ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );

  if (size <= REFERENCE_MAX) {
    const [reference, referenceMs] = time(() => referenceMatch(region, options));
    const byId = (a: Synergy, b: Synergy) => (a.id < b.id ? -1 : 1);
    const same = JSON.stringify(reference) === JSON.stringify([...synergies].sort(byId));
    console.log(
      `  référence   : ${ms(referenceMs)} → accélération ×${(referenceMs / (firstMs + pagesMs)).toFixed(1)} (sur le total calcul), toutes pages réunies ${same ? 'identiques' : 'DIFFÉRENTES'}`,
    );
  }

  // One company edits a quantity and records a new flux, as during a visit.
  const random = seededRandom(7);
  const timings: number[] = [];
  for (let i = 0; i < INCREMENTAL_RUNS; i++) {
    const company = region.companies[Math.floor(random() * region.companies.length)]!;
    const own = region.flux.filter((f) => f.companyId === company.id);
    const edited = own.map((f, j) => (j === 0 && f.quantity !== undefined ? { ...f, quantity: f.quantity + 1 } : f));
    const extra = { ...region.flux[Math.floor(random() * region.flux.length)]!, id: `bench-${i}`, companyId: company.id };
    const [, t] = time(() => engine.updateCompany(company.id, company, [...edited, extra]));
    timings.push(t);
  }
  console.log(
    `  incrémental : médiane ${ms(quantile(timings, 0.5))}, p90 ${ms(quantile(timings, 0.9))}, max ${ms(Math.max(...timings))} (${INCREMENTAL_RUNS} entreprises modifiées)`,
  );
}

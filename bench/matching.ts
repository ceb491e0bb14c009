// Benchmark of the synergy engine on seeded synthetic regions (npm run bench:matching [-- --sizes
// 1000,10000]): full run (what the worker does before it answers: matching, then materialising
// every Synergy record), memory, synergies found, speed-up over the all-pairs reference,
// incremental update after one company changes. Targets (2-core dev machine): 100,000 flux < 1 s,
// incremental < 20 ms.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MatchEngine } from '../src/matching/engine';
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
  engine.synergies();
  referenceMatch(warm, options);
}

for (const size of SIZES) {
  const region = syntheticRegion({ seed: 42, fluxCount: size });
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const engine = new MatchEngine(options);
  const [, matchMs] = time(() => engine.load(region));
  const [synergies, buildMs] = time(() => engine.synergies());
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  const subs = synergies.filter((s) => s.kind === 'substitution').length;
  console.log(`\n${size.toLocaleString('fr-FR')} flux, ${region.companies.length.toLocaleString('fr-FR')} entreprises`);
  console.log(`  run complet : ${ms(matchMs + buildMs)} (appariement ${ms(matchMs)} + matérialisation des synergies ${ms(buildMs)})`);
  console.log(`  synergies   : ${synergies.length.toLocaleString('fr-FR')} (${subs} substitutions, ${synergies.length - subs} mutualisations)`);
  console.log(`  mémoire     : tas retenu +${mb(heapAfter - heapBefore)} (état + synergies), RSS max du processus (pic) ${mb(process.resourceUsage().maxRSS * 1024)}`);

  if (size <= REFERENCE_MAX) {
    const [reference, referenceMs] = time(() => referenceMatch(region, options));
    const same = JSON.stringify(reference) === JSON.stringify(synergies);
    console.log(`  référence   : ${ms(referenceMs)} → accélération ×${(referenceMs / (matchMs + buildMs)).toFixed(1)}, résultats ${same ? 'identiques' : 'DIFFÉRENTS'}`);
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
  console.log(`  incrémental : médiane ${ms(quantile(timings, 0.5))}, p90 ${ms(quantile(timings, 0.9))}, max ${ms(Math.max(...timings))} (${INCREMENTAL_RUNS} entreprises modifiées)`);
}

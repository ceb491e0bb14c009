// The quality benchmark (npm run bench:quality): runs the engine on labelled territories of
// different kinds and prints recall of expected synergies, forbidden pairs proposed, precision of
// every proposal (judged by rules.ts) and the search's first-suggestion accuracy.
// Goals: recall ≥ 95 %, 0 forbidden pair, precision ≥ 90 %, search ≥ 95 %. Scenarios: every file of
// scenarios/ (or `-- --scenarios <folder>`) exporting a Scenario (scenario.ts) is run.
import { findResource, type Synergy } from '../../src/domain';
import { MatchEngine } from '../../src/matching/engine';
import { pairDistance } from '../../src/matching/geo';
import { prepareCompany } from '../../src/matching/prepare';
import { DEFAULT_TOP_N } from '../../src/matching/types';
import { isNeedTruth, judgeGroup, judgePair } from './rules';
import type { Scenario, Truth } from './scenario';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface QualityResult {
  name: string;
  expected: number;
  found: number;
  missed: string[];
  forbiddenProposed: string[];
  proposals: number;
  right: number;
  wrong: string[];
}

export function evaluate(s: Scenario): QualityResult {
  const engine = new MatchEngine({ topN: DEFAULT_TOP_N, now: 0 });
  engine.load({ companies: s.companies, flux: s.flux.map((f) => f.flux) });
  const synergies = engine.synergies();
  const truth = new Map<string, Truth>(s.flux.map((f) => [f.flux.id, f.truth]));
  const fluxById = new Map(s.flux.map((f) => [f.flux.id, f.flux]));
  const places = new Map(s.companies.map((c) => [c.id, prepareCompany(c)]));
  const wrong: string[] = [];
  const pairs = new Set<string>();
  const together = (a: string, b: string) => pairs.has(`${a}>${b}`) || groups.some((g) => g.includes(a) && g.includes(b));
  const groups: string[][] = [];
  for (const syn of synergies) {
    const verdict = judge(syn);
    if (verdict) wrong.push(`${verdict} — ${syn.explanation}`);
  }
  function judge(syn: Synergy): string | null {
    if (syn.kind === 'substitution') {
      const [a, b] = syn.fluxIds.map((id) => fluxById.get(id)!);
      const [offer, need] = a!.direction === 'offer' ? [a!, b!] : [b!, a!];
      pairs.add(`${offer.id}>${need.id}`);
      const ot = truth.get(offer.id)!;
      const nt = truth.get(need.id)!;
      if (isNeedTruth(ot) || !isNeedTruth(nt)) return 'sens inversé';
      const distanceKm = pairDistance(places.get(offer.companyId)!, places.get(need.companyId)!);
      return judgePair(ot, nt, { distanceKm, setting: s.setting });
    }
    groups.push(syn.fluxIds);
    const collection = findResource(syn.resourceCodes[0]!)?.mutualisation === 'shared-collection';
    return judgeGroup(
      syn.fluxIds.map((id) => truth.get(id)!),
      collection ? 'collection' : 'other',
    );
  }
  const missed: string[] = [];
  for (const [o, n] of s.expectedPairs) if (!pairs.has(`${o}>${n}`)) missed.push(`${o} → ${n}`);
  for (const g of s.expectedGroups) {
    for (const id of g) if (!groups.some((members) => members.includes(id))) missed.push(`${id} seul (groupe attendu)`);
  }
  const expected = s.expectedPairs.length + s.expectedGroups.reduce((n, g) => n + g.length, 0);
  const forbiddenProposed = s.forbidden.filter(([a, b]) => together(a, b) || together(b, a)).map(([a, b]) => `${a} / ${b}`);
  return {
    name: s.name,
    expected,
    found: expected - missed.length,
    missed,
    forbiddenProposed,
    proposals: synergies.length,
    right: synergies.length - wrong.length,
    wrong,
  };
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

async function searchTop1(): Promise<string> {
  // Owned by the search work (search-accuracy.ts); « n/a » while it is absent.
  const path = './search-accuracy.ts';
  try {
    const mod = (await import(path)) as { searchAccuracy: () => { top1Rate: number; total: number } };
    const r = mod.searchAccuracy();
    return `${(100 * r.top1Rate).toFixed(1)} % (${Math.round(r.top1Rate * r.total)}/${r.total})`;
  } catch {
    return 'n/a';
  }
}

/** Every Scenario exported by the files of a folder (default: scenarios/ beside this file). */
async function loadScenarios(dir: string): Promise<Scenario[]> {
  const out: Scenario[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (value && typeof value === 'object' && 'expectedPairs' in value && 'flux' in value) out.push(value as Scenario);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const dirArg = process.argv.indexOf('--scenarios');
  const dir = dirArg > 0 ? resolve(process.argv[dirArg + 1]!) : join(dirname(fileURLToPath(import.meta.url)), 'scenarios');
  const scenarios = await loadScenarios(dir);
  const results = scenarios.map(evaluate);
  const total = { expected: 0, found: 0, forbidden: 0, forbiddenListed: 0, proposals: 0, right: 0 };
  for (const [r, s] of results.map((r, i) => [r, scenarios[i]!] as const)) {
    console.log(`\n${r.name} — ${s.companies.length} entreprises, ${s.flux.length} flux`);
    console.log(`  rappel      : ${pct(r.found, r.expected)} (${r.found}/${r.expected})`);
    console.log(`  interdites  : ${r.forbiddenProposed.length} proposée(s) sur ${s.forbidden.length}`);
    console.log(`  précision   : ${pct(r.right, r.proposals)} (${r.right}/${r.proposals} propositions justes)`);
    const detail = (title: string, list: string[]) => list.length && console.log(`  ${title} :\n    - ${list.join('\n    - ')}`);
    detail('manquées', r.missed);
    detail('interdites proposées', r.forbiddenProposed);
    if (verbose) detail('fausses', r.wrong);
    else if (r.wrong.length) console.log(`  fausses     : ${r.wrong.length} (--verbose pour le détail)`);
    total.expected += r.expected;
    total.found += r.found;
    total.forbidden += r.forbiddenProposed.length;
    total.forbiddenListed += s.forbidden.length;
    total.proposals += r.proposals;
    total.right += r.right;
  }
  console.log('\nEnsemble');
  console.log(`  rappel      : ${pct(total.found, total.expected)} (objectif ≥ 95 %)`);
  console.log(`  interdites  : ${total.forbidden} proposée(s) sur ${total.forbiddenListed} (objectif 0)`);
  console.log(`  précision   : ${pct(total.right, total.proposals)} (objectif ≥ 90 %)`);
  console.log(`  recherche   : 1re suggestion juste ${await searchTop1()} (objectif ≥ 95 %)`);
}

await main();

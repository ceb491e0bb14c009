// Search top-1 accuracy on the typed words of search-cases.ts: is the first suggestion, with the
// direction chosen, the one an advisor expects? Imported by bench/quality/run.ts (npm run bench:quality).
import { suggestResources, type Suggestion } from '../../src/domain/resource-search';
import { SEARCH_CASES, type SearchCase } from './search-cases';

export interface SearchMiss extends SearchCase {
  territory: string;
  got: string;
}

export interface SearchAccuracy {
  top1Rate: number;
  total: number;
  misses: SearchMiss[];
  byTerritory: Record<string, { top1Rate: number; total: number }>;
}

/** How a suggestion is written in the cases: a code, "ler:<code>" or "free". */
export function suggestionKey(s: Suggestion | undefined): string {
  if (!s) return '(rien)';
  if (s.kind === 'entry') return s.resource.code;
  return s.kind === 'ler' ? `ler:${s.wasteCode.replace('*', '')}` : 'free';
}

const expectedKey = (expected: string) => expected.replace('*', '');

export function searchAccuracy(cases: Readonly<Record<string, readonly SearchCase[]>> = SEARCH_CASES): SearchAccuracy {
  const misses: SearchMiss[] = [];
  const byTerritory: SearchAccuracy['byTerritory'] = {};
  let total = 0;
  for (const [territory, list] of Object.entries(cases)) {
    let right = 0;
    for (const c of list) {
      const got = suggestionKey(suggestResources(c.typed, { direction: c.direction })[0]);
      if (got === expectedKey(c.expected)) right++;
      else misses.push({ ...c, territory, got });
    }
    byTerritory[territory] = { top1Rate: list.length ? right / list.length : 0, total: list.length };
    total += list.length;
  }
  return { top1Rate: total ? (total - misses.length) / total : 0, total, misses, byTerritory };
}

// Run alone: npx tsx bench/quality/search-accuracy.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = searchAccuracy();
  console.log(`Recherche : première suggestion juste ${(r.top1Rate * 100).toFixed(1)} % sur ${r.total} mots tapés`);
  for (const [t, s] of Object.entries(r.byTerritory)) console.log(`  ${t.padEnd(13)} ${(s.top1Rate * 100).toFixed(1)} % (${s.total})`);
  for (const m of r.misses) console.log(`  ✗ [${m.territory}] « ${m.typed} » (${m.direction}) → ${m.got}, attendu ${m.expected}`);
}

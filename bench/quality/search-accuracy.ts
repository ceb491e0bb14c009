// Search top-1 accuracy on the typed words of search-cases.ts: is the first suggestion, with the
// direction chosen, the one an advisor expects? Imported by bench/quality/run.ts (npm run bench:quality).
import { searchKey } from '../../src/domain/company';
import { suggestResources, type Suggestion } from '../../src/domain/resource-search';
import { SEARCH_CASES, type SearchCase } from './search-cases';

export interface SearchMiss extends SearchCase {
  territory: string;
  got: string;
}

export interface SearchAccuracy {
  top1Rate: number;
  total: number;
  /** Cases whose first suggestion is the expected one. */
  correct: number;
  misses: SearchMiss[];
  byTerritory: Record<string, { top1Rate: number; total: number }>;
}

/** How a suggestion is written in the cases: a code, "ler:<code>" or "free". */
export function suggestionKey(s: Suggestion | undefined): string {
  if (!s) return '(rien)';
  if (s.kind === 'entry') return s.resource.code;
  return s.kind === 'ler' ? `ler:${s.wasteCode.replace('*', '')}` : 'free';
}

const fold = (text: string) => searchKey(text.replace('*', ''));

/** Expected as a code, "ler:<code>", "free" (or « autre »), or the label shown. */
function isExpected(s: Suggestion | undefined, expected: string): boolean {
  const want = fold(expected);
  if (!s) return false;
  if (fold(suggestionKey(s)) === want) return true;
  if (s.kind === 'free') return want === 'autre';
  return fold(s.kind === 'ler' ? s.label : s.resource.label) === want || (s.kind === 'ler' && fold(s.wasteCode) === want);
}

export function searchAccuracy(
  cases: Readonly<Record<string, readonly SearchCase[]>> | readonly SearchCase[] = SEARCH_CASES,
): SearchAccuracy {
  if (Array.isArray(cases)) return searchAccuracy({ cas: cases as readonly SearchCase[] });
  const misses: SearchMiss[] = [];
  const byTerritory: SearchAccuracy['byTerritory'] = {};
  let total = 0;
  for (const [territory, list] of Object.entries(cases as Readonly<Record<string, readonly SearchCase[]>>)) {
    let right = 0;
    for (const c of list) {
      const first = suggestResources(c.typed, { direction: c.direction })[0];
      if (isExpected(first, c.expected)) right++;
      else misses.push({ ...c, territory, got: suggestionKey(first) });
    }
    byTerritory[territory] = { top1Rate: list.length ? right / list.length : 0, total: list.length };
    total += list.length;
  }
  return { top1Rate: total ? (total - misses.length) / total : 0, total, correct: total - misses.length, misses, byTerritory };
}

// Run alone: npx tsx bench/quality/search-accuracy.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = searchAccuracy();
  console.log(`Recherche : première suggestion juste ${(r.top1Rate * 100).toFixed(1)} % sur ${r.total} mots tapés`);
  for (const [t, s] of Object.entries(r.byTerritory)) console.log(`  ${t.padEnd(13)} ${(s.top1Rate * 100).toFixed(1)} % (${s.total})`);
  for (const m of r.misses) console.log(`  ✗ [${m.territory}] « ${m.typed} » (${m.direction}) → ${m.got}, attendu ${m.expected}`);
}

// Finds what someone types, in the questionnaire and at a workshop table: taxonomy entries by label,
// synonym or abbreviation, then official LER labels; only what fits the direction chosen; one typo
// forgiven in words of five letters or more; « non dangereux » is not « dangereux ». When nothing fits,
// the typed words become an « Autre » card (README, « Vocabulaire »).
import type { Direction, Family } from './families';
import { TAXONOMY, type ResourceType } from './taxonomy';
import { fits, searchDocs, type Field, type SearchDoc } from './search/vocabulary';
import { isQuantityWord, isStopWord, matchWord, WordMatch, words } from './search/words';

export interface SearchOptions {
  direction?: Direction;
  family?: Family;
  limit?: number;
}

export type Suggestion =
  | { kind: 'entry'; resource: ResourceType }
  /** An official LER label no entry covers: an « Autre (matières) » flux with this code. */
  | { kind: 'ler'; resource: ResourceType; label: string; wasteCode: string }
  /** Nothing fits: the typed words as the label of an « Autre » flux. */
  | { kind: 'free'; resource: ResourceType; label: string };

const LEVEL: Record<WordMatch, number> = { [WordMatch.None]: 0, [WordMatch.Typo]: 0.8, [WordMatch.Prefix]: 2, [WordMatch.Exact]: 3 };
/** LER labels are long and many: a few at most, below the vocabulary's entries. */
const MAX_LER = 3;

/** One typed word against the vocabulary's words, each compared once per search (LER labels repeat words). */
type Matcher = (word: string) => number;
function matcher(typed: string): Matcher {
  const seen = new Map<string, number>();
  return (word) => {
    let level = seen.get(word);
    if (level === undefined) {
      const m = matchWord(typed, word);
      // The more of a word typed, the likelier it is the one meant (« par » → « parking » before « partagé »).
      level = LEVEL[m] + (m === WordMatch.Prefix ? (0.4 * typed.length) / word.length : 0);
      seen.set(word, level);
    }
    return level;
  };
}

function bestInField(match: Matcher, f: Field): number {
  let best = 0;
  for (const w of f.words) best = Math.max(best, match(w));
  return best * f.weight;
}

/** Every typed word (small words aside) must match a word of the document; undefined if not. */
function score(doc: SearchDoc, typed: string[], matchers: Matcher[], optional: boolean[], phrase: string): number | undefined {
  let total = 0;
  for (let i = 0; i < typed.length; i++) {
    let best = 0;
    for (const f of doc.fields) best = Math.max(best, bestInField(matchers[i]!, f));
    if (best === 0 && !optional[i]) return undefined;
    total += best;
  }
  // The whole phrase typed: as a label or synonym it is what the person means.
  for (const f of doc.fields) {
    if (f.phrase === phrase) total += 4 * f.weight;
    // Whole words only: « lait » is not the start of « laitier et scories ».
    else if (f.phrase.startsWith(`${phrase} `)) total += f.weight;
  }
  return total;
}

function ranked(text: string, options: SearchOptions): SearchDoc[] {
  const typed = words(text);
  if (typed.length === 0 || typed.every(isStopWord)) return [];
  const hasWords = typed.some((w) => !isStopWord(w) && !isQuantityWord(w));
  const optional = typed.map((w) => isStopWord(w) || (hasWords && isQuantityWord(w)));
  const phrase = typed.filter((w, i) => !optional[i] || isStopWord(w)).join(' ');
  const matchers = typed.map(matcher);
  const found: { doc: SearchDoc; score: number }[] = [];
  for (const doc of searchDocs()) {
    if (!fits(doc, options.direction, options.family)) continue;
    const s = score(doc, typed, matchers, optional, phrase);
    if (s !== undefined) found.push({ doc, score: s });
  }
  found.sort((a, b) => b.score - a.score || a.doc.size - b.doc.size);
  return found.map((f) => f.doc);
}

/** Taxonomy entries only, best first (pickers that record an entry, never a free label). */
export function searchResources(text: string, options: SearchOptions | number = {}): ResourceType[] {
  const o = typeof options === 'number' ? { limit: options } : options;
  return ranked(text, o)
    .filter((d) => !d.ler)
    .slice(0, o.limit ?? 8)
    .map((d) => d.resource);
}

/** The « Autre » entry a free label goes to: materials unless the family says otherwise. */
function otherOf(family: Family = 'materials'): ResourceType {
  return TAXONOMY.find((r) => r.isOther && r.family === family)!;
}

/** What a picker shows: entries, a few LER labels, and the typed words as an « Autre » card last. */
export function suggestResources(text: string, options: SearchOptions = {}): Suggestion[] {
  const limit = options.limit ?? 8;
  const out: Suggestion[] = [];
  let lerCount = 0;
  for (const doc of ranked(text, options)) {
    if (out.length >= limit) break;
    if (!doc.ler) out.push({ kind: 'entry', resource: doc.resource });
    else if (lerCount++ < MAX_LER) out.push({ kind: 'ler', resource: doc.resource, label: doc.ler.label, wasteCode: doc.ler.code });
  }
  const label = text.trim().replace(/\s+/g, ' ').slice(0, 160);
  const other = otherOf(options.family);
  if (label.length >= 2 && (!options.direction || other.directions.includes(options.direction))) {
    out.push({ kind: 'free', resource: other, label });
  }
  return out;
}

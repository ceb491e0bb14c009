// Finds what someone types, in the questionnaire and at a workshop table: taxonomy entries by label,
// synonym or abbreviation, then official LER labels; only what fits the direction chosen; one typo
// forgiven in words of five letters or more; « non dangereux » is not « dangereux ». When nothing fits,
// the typed words become an « Autre » card (docs/VOCABULARY.md).
import type { Direction, Family } from './families';
import { TAXONOMY, type ResourceType } from './taxonomy';
import { freeCardFamily } from './search/free-family';
import { fits, searchDocs, type Field, type SearchDoc } from './search/vocabulary';
import { isCaution, isFiller, isQuantityWord, isStopWord, matchWord, NEGATED, WordMatch, words } from './search/words';

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
  if (f.noTypo && best < LEVEL[WordMatch.Prefix]) return 0;
  return best * f.weight;
}

/** Per typed word, its best match in the document (0: none). */
function bestPerWord(doc: SearchDoc, matchers: Matcher[]): number[] {
  return matchers.map((m) => {
    let best = 0;
    for (const f of doc.fields) best = Math.max(best, bestInField(m, f));
    return best;
  });
}

/** The whole phrase typed, as a label or synonym, is what the person means. */
function phraseBonus(doc: SearchDoc, phrase: string): number {
  let total = 0;
  for (const f of doc.fields) {
    if (f.phrase === phrase) total += 4 * f.weight;
    // Whole words only: « lait » is not the start of « laitier et scories ».
    else if (f.phrase.startsWith(`${phrase} `)) total += f.weight;
  }
  return total;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Typed words of which only some name an entry (« azote gazeux », « copeaux inox 316L »): the first
 * word that matters must match, at most half of them may not, and none that may make the waste
 * hazardous (« terres polluées » stays a free card). Ranked below every full match.
 */
function partialScore(best: number[], typed: string[], optional: boolean[]): number | undefined {
  const significant = typed.map((_, i) => i).filter((i) => !optional[i]);
  if (significant.length < 2 || best[significant[0]!] === 0) return undefined;
  const missed = significant.filter((i) => best[i] === 0);
  if (missed.length * 2 > significant.length || missed.some((i) => isCaution(typed[i]!))) return undefined;
  return sum(best) - 3 * missed.length;
}

interface Ranked {
  doc: SearchDoc;
  score: number;
  partial: boolean;
}

function ranked(text: string, options: SearchOptions, allowPartial: boolean): Ranked[] {
  const typed = words(text);
  if (typed.length === 0 || typed.every(isStopWord)) return [];
  const hasWords = typed.some((w) => !isStopWord(w) && !isQuantityWord(w) && !isFiller(w));
  const optional = typed.map((w) => isStopWord(w) || (hasWords && (isQuantityWord(w) || isFiller(w))));
  const phrase = typed.filter((w, i) => !optional[i] || isStopWord(w)).join(' ');
  const matchers = typed.map(matcher);
  const full: Ranked[] = [];
  const partial: Ranked[] = [];
  // « non dangereux » said of a thing is true of every non-hazardous entry (« plastiques non dangereux »).
  const harmless = typed.map((w) => w === `${NEGATED}dangereu` || w === `${NEGATED}dangereuse`);
  for (const doc of searchDocs()) {
    if (!fits(doc, options.direction, options.family)) continue;
    const best = bestPerWord(doc, matchers);
    const hazardous = (doc.ler?.code ?? doc.resource.wasteCode ?? '').endsWith('*');
    if (best.every((b, i) => b > 0 || optional[i] || (harmless[i] && !hazardous)))
      full.push({ doc, score: sum(best) + phraseBonus(doc, phrase), partial: false });
    else if (allowPartial && !doc.ler) {
      const s = partialScore(best, typed, optional);
      if (s !== undefined) partial.push({ doc, score: s, partial: true });
    }
  }
  const order = (a: Ranked, b: Ranked) => b.score - a.score || a.doc.size - b.doc.size;
  // Partial matches only when no entry of the vocabulary takes every word.
  return [...full.sort(order), ...(full.some((r) => !r.doc.ler) ? [] : partial.sort(order))];
}

/** Taxonomy entries taking every typed word, best first (pickers that record an entry, never a free label). */
export function searchResources(text: string, options: SearchOptions | number = {}): ResourceType[] {
  const o = typeof options === 'number' ? { limit: options } : options;
  return ranked(text, o, false)
    .filter((r) => !r.doc.ler)
    .slice(0, o.limit ?? 8)
    .map((r) => r.doc.resource);
}

/** The « Autre » entry of a family. */
function otherOf(family: Family): ResourceType {
  return TAXONOMY.find((r) => r.isOther && r.family === family)!;
}

/** What a picker shows: entries, a few LER labels, and the typed words as an « Autre » card last. */
export function suggestResources(text: string, options: SearchOptions = {}): Suggestion[] {
  const limit = options.limit ?? 8;
  const out: Suggestion[] = [];
  // The list repeats some labels under several chapters (« verre »): the first code of the list is shown.
  const lerLabels = new Set<string>();
  for (const { doc } of ranked(text, options, true)) {
    if (out.length >= limit) break;
    if (!doc.ler) out.push({ kind: 'entry', resource: doc.resource });
    else if (lerLabels.size < MAX_LER && !lerLabels.has(doc.ler.label)) {
      lerLabels.add(doc.ler.label);
      out.push({ kind: 'ler', resource: doc.resource, label: doc.ler.label, wasteCode: doc.ler.code });
    }
  }
  const label = text.trim().replace(/\s+/g, ' ').slice(0, 160);
  // A free card of another family than materials is not a waste: never held back as one.
  const other = otherOf(options.family ?? freeCardFamily(text));
  if (label.length >= 2 && (!options.direction || other.directions.includes(options.direction))) {
    out.push({ kind: 'free', resource: other, label });
  }
  return out;
}

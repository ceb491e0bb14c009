// Words as people type them and as the vocabulary writes them: accents and case folded, plurals
// reduced, « non X » kept as one negated word (so « dangereux » never finds « non dangereux »),
// and one typo forgiven in words of five letters or more.
import { searchKey } from '../company';

/** A word after « non »: « non dangereux » → "!dangereu". */
export const NEGATED = '!';

/** Small words that say nothing about a resource (« autre » included: the legal labels are full of it). */
// prettier-ignore
const STOP_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'en', 'et', 'a', 'au', 'aux', 'un', 'une', 'pour', 'sur', 'avec', 'autre', 'tre', 'peu']);

/** Quantities typed after the word (« palettes 30 », « carton 2 t/an », « vapeur 12 bar ») say how much, not what. */
const QUANTITY = /^(\d+|t|kg|l|m3|m2|mwh|kwh|kw|mw|bar|c|h|tonne|litre|an|moi|semaine|jour|par)$/;

/** Qualifiers that say nothing of what a thing is (« excédentaire », « usagés », « cassés »): optional. */
// prettier-ignore
const FILLERS = new Set(['usage', 'usagee', 'excedentaire', 'excedent', 'disponible', 'casse', 'cassee', 'vide', 'propre', 'divers', 'diverse', 'ancien', 'ancienne', 'vieu', 'vieille', 'neuf', 'neuve', 'inutilise', 'inutilisee', 'lot', 'stock', 'basse', 'haute', 'moyenne', 'pression', 'temperature']);

/**
 * Words that may make a waste hazardous: when one of them matches nothing, the typed words are not
 * taken for an entry that ignores them (« terres polluées » is not « gravats »), they stay a free card.
 */
// prettier-ignore
const CAUTION = new Set(['pollue', 'polluee', 'contamine', 'contaminee', 'souille', 'souillee', 'amiante', 'dangereu', 'dangereuse', 'toxique', 'chimique', 'traite', 'traitee', 'cca', 'creosote', 'pcb', 'radioactif', 'infectieu', 'hydrocarbure', 'curage', 'dragage', 'sediment', 'mercure', 'cyanure', 'acide', 'goudron', 'huileu', 'huileuse']);

export const isFiller = (word: string): boolean => FILLERS.has(word);
export const isCaution = (word: string): boolean => CAUTION.has(word.replace(NEGATED, ''));

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);

/** Optional beside other words; alone (« par », « an ») it is the start of a word being typed. */
export const isQuantityWord = (word: string): boolean => QUANTITY.test(word);

/** French plural and its common spellings: « palettes » = « palette », « métaux » ≈ « métal ». */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('aux') && !word.endsWith('eaux')) return `${word.slice(0, -3)}al`;
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x'))) return word.slice(0, -1);
  return word;
}

/** The words of a text, folded and stemmed, a word after « non » negated. */
export function words(text: string): string[] {
  const out: string[] = [];
  let negate = false;
  for (const w of searchKey(text).split(' ')) {
    if (!w) continue;
    if (w === 'non') {
      negate = true;
      continue;
    }
    out.push(negate ? NEGATED + stem(w) : stem(w));
    negate = false;
  }
  // « non » typed last (the next word still to come) stays a word of its own.
  if (negate) out.push('non');
  return out;
}

/** Restricted Damerau–Levenshtein: is `typed` within one edit of some prefix of `word`? */
function withinOneEditOfPrefix(typed: string, word: string): boolean {
  const n = typed.length;
  const m = Math.min(word.length, n + 1);
  let prev2: number[] = [];
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= m; j++) {
      const cost = typed[i - 1] === word[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && typed[i - 1] === word[j - 2] && typed[i - 2] === word[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > 1) return false;
    prev2 = prev;
    prev = row;
  }
  // The typed word may stand for a prefix one letter shorter or longer than itself.
  for (let j = Math.max(0, n - 1); j <= m; j++) if (prev[j]! <= 1) return true;
  return false;
}

/** How well a typed word matches a word of the vocabulary (higher is better). */
export const WordMatch = { None: 0, Typo: 1, Prefix: 2, Exact: 3 } as const;
export type WordMatch = (typeof WordMatch)[keyof typeof WordMatch];

/** How a typed word matches a word of the vocabulary; a negated word only matches a negated one. */
export function matchWord(typed: string, word: string): WordMatch {
  // The first letter is taken as typed: a typo there finds other words more often than the one meant
  // (« tables » is not « sables »).
  if (typed === word) return WordMatch.Exact;
  if ((typed[0] === NEGATED) !== (word[0] === NEGATED)) return WordMatch.None;
  if (word.startsWith(typed)) return WordMatch.Prefix;
  const bare = typed[0] === NEGATED ? typed.slice(1) : typed;
  if (bare.length >= 5 && bare[0] === (word[0] === NEGATED ? word[1] : word[0]) && withinOneEditOfPrefix(typed, word)) {
    return WordMatch.Typo;
  }
  return WordMatch.None;
}

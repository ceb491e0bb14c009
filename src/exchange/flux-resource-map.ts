// Each distinct resource word of a flux spreadsheet mapped to the vocabulary by the questionnaire's
// own search (suggestResources, with the line's direction). A sure match is taken as is; the others
// (« Autre », an official LER label, or one guess among several) are listed for review.
import { searchKey } from '../domain/company';
import type { Direction } from '../domain/families';
import { suggestResources, type Suggestion } from '../domain/resource-search';
import { SYNONYMS } from '../domain/taxonomy/synonyms';

/** What a resource word becomes: an entry, or an « Autre » entry with a label (and an LER code). */
export interface ResourceChoice {
  resourceCode: string;
  /** Shown and stored as the flux label for « Autre »; '' for an entry. */
  label: string;
  wasteCode?: string;
}

export interface ResourceWord {
  /** `${direction}|${searchKey(text)}`: the same word written twice is reviewed once. */
  key: string;
  text: string;
  direction: Direction;
  /** Lines it appears on (spreadsheet numbers). */
  rows: number[];
  suggestions: Suggestion[];
  /** The search's first answer, taken unless the person picks another. */
  guess: ResourceChoice | undefined;
  sure: boolean;
  /** Chosen at the review of an earlier file: preselected again (still listed, to change if need be). */
  remembered?: boolean;
}

/** Word key → what the person chose at a review (null: leave those lines out). */
export type RememberedWords = Record<string, ResourceChoice | null>;

export const resourceWordKey = (text: string, direction: Direction) => `${direction}|${searchKey(text)}`;

export function choiceOf(s: Suggestion): ResourceChoice {
  if (s.kind === 'entry') return { resourceCode: s.resource.code, label: '' };
  if (s.kind === 'ler') return { resourceCode: s.resource.code, label: s.label, wasteCode: s.wasteCode };
  return { resourceCode: s.resource.code, label: s.label };
}

/** Sure: the words are the entry's name or one of its synonyms, or it is the only entry that fits. */
function isSure(text: string, suggestions: Suggestion[]): boolean {
  const [first] = suggestions;
  if (first?.kind !== 'entry') return false;
  const key = searchKey(text);
  const names = [first.resource.label, ...(SYNONYMS[first.resource.code] ?? [])].map(searchKey);
  if (names.includes(key)) return true;
  return suggestions.filter((s) => s.kind === 'entry').length === 1;
}

export function mapResourceWord(text: string, direction: Direction, rows: number[] = []): ResourceWord {
  const suggestions = suggestResources(text, { direction, limit: 6 });
  const [first] = suggestions;
  return {
    key: resourceWordKey(text, direction),
    text: text.trim(),
    direction,
    rows,
    suggestions,
    guess: first ? choiceOf(first) : undefined,
    sure: isSure(text, suggestions),
  };
}

/** The distinct (words, direction) pairs of the lines, each searched once. */
export function mapResourceWords(items: readonly { text: string; direction: Direction; row: number }[]): ResourceWord[] {
  const byKey = new Map<string, { text: string; direction: Direction; rows: number[] }>();
  for (const { text, direction, row } of items) {
    if (searchKey(text) === '') continue;
    const key = resourceWordKey(text, direction);
    const known = byKey.get(key);
    if (known) known.rows.push(row);
    else byKey.set(key, { text: text.trim(), direction, rows: [row] });
  }
  return [...byKey.values()].map((w) => mapResourceWord(w.text, w.direction, w.rows));
}

/** Each word's first guess, before the review changes any. */
export function guessedChoices(words: readonly ResourceWord[]): Map<string, ResourceChoice | undefined> {
  return new Map(words.map((w) => [w.key, w.guess]));
}

/**
 * The first guesses, with the choices made at earlier reviews taken again (so the same file
 * imported twice maps its words the same way, and adds nothing).
 */
export function choicesWithMemory(
  words: readonly ResourceWord[],
  remembered: Readonly<RememberedWords>,
): { words: ResourceWord[]; choices: Map<string, ResourceChoice | undefined> } {
  const choices = guessedChoices(words);
  const out = words.map((w) => {
    if (!(w.key in remembered)) return w;
    choices.set(w.key, remembered[w.key] ?? undefined);
    return { ...w, sure: false, remembered: true };
  });
  return { words: out, choices };
}

const sameChoice = (a: ResourceChoice | undefined, b: ResourceChoice | undefined) =>
  a?.resourceCode === b?.resourceCode && a?.label === b?.label && a?.wasteCode === b?.wasteCode;

/** What to remember of a review: the choice of every word that was not sure, or was changed. */
export function wordsToRemember(words: readonly ResourceWord[], choices: ReadonlyMap<string, ResourceChoice | undefined>): RememberedWords {
  const out: RememberedWords = {};
  for (const w of words) if (!w.sure || !sameChoice(w.guess, choices.get(w.key))) out[w.key] = choices.get(w.key) ?? null;
  return out;
}

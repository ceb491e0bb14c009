// Search in the official list of waste by code ("15 01", "150110") or by words of its label, for the
// picker that sets a flux's LER code. Same word rules as the resource search (typo, plurals, « non »).
import { lerEntries, type LerEntry } from '../ler/catalogue';
import { isStopWord, matchWord, WordMatch, words } from './words';

let index: { entry: LerEntry; words: string[]; digits: string }[] | undefined;

export function searchLer(text: string, limit = 12): LerEntry[] {
  const digits = text.replace(/[\s.*]/g, '');
  index ??= lerEntries().map((entry) => ({ entry, words: words(entry.label), digits: entry.code.replace(/\D/g, '') }));
  if (/^\d{2,6}$/.test(digits)) {
    return index
      .filter((e) => e.digits.startsWith(digits))
      .slice(0, limit)
      .map((e) => e.entry);
  }
  const typed = words(text).filter((w) => !isStopWord(w));
  if (typed.length === 0) return [];
  const found: { entry: LerEntry; score: number; order: number }[] = [];
  index.forEach((e, order) => {
    let score = 0;
    for (const t of typed) {
      let best: number = WordMatch.None;
      for (const w of e.words) best = Math.max(best, matchWord(t, w));
      if (best === WordMatch.None) return;
      score += best;
    }
    found.push({ entry: e.entry, score, order });
  });
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  return found.slice(0, limit).map((f) => f.entry);
}

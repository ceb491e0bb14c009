// Finds taxonomy resources from what someone types at a workshop table: the start of a word of
// the label or of a synonym (« pal » → Palettes bois, « sst » → Formation SST), accents and case
// ignored; label matches rank before synonym matches, then shorter labels.
import { searchKey } from './company';
import { TAXONOMY, type ResourceType } from './taxonomy';
import { SYNONYMS } from './taxonomy/synonyms';

interface Indexed {
  resource: ResourceType;
  labelWords: string[];
  synonymWords: string[];
  label: string;
}

let index: Indexed[] | undefined;

const words = (text: string) => searchKey(text).split(' ').filter(Boolean);

function build(): Indexed[] {
  return TAXONOMY.filter((r) => !r.isOther).map((resource) => {
    const synonyms = SYNONYMS[resource.code] ?? [];
    return {
      resource,
      label: searchKey(resource.label),
      labelWords: words(resource.label),
      synonymWords: synonyms.flatMap(words),
    };
  });
}

/** Every typed word must start a word of the label or of a synonym. */
function rank(entry: Indexed, typed: string[]): number | undefined {
  let score = 0;
  for (const word of typed) {
    if (entry.labelWords.some((w) => w.startsWith(word))) score += 2;
    else if (entry.synonymWords.some((w) => w.startsWith(word))) score += 1;
    else return undefined;
  }
  if (entry.label.startsWith(typed.join(' '))) score += 2;
  return score;
}

export function searchResources(text: string, limit = 8): ResourceType[] {
  const typed = words(text);
  if (typed.length === 0) return [];
  index ??= build();
  const found: { entry: Indexed; score: number }[] = [];
  for (const entry of index) {
    const score = rank(entry, typed);
    if (score !== undefined) found.push({ entry, score });
  }
  found.sort((a, b) => b.score - a.score || a.entry.label.length - b.entry.label.length || a.entry.label.localeCompare(b.entry.label));
  return found.slice(0, limit).map((f) => f.entry.resource);
}

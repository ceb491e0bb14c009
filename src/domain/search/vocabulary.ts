// What the search looks through: each taxonomy entry with its label, synonyms and abbreviations and
// the official LER label of its code; then the LER entries no taxonomy entry covers, which become an
// « Autre (matières) » flux carrying that code.
import type { Direction, Family } from '../families';
import { normalizeLerCode } from '../ler';
import { lerEntries } from '../ler/catalogue';
import { TAXONOMY, type ResourceType } from '../taxonomy';
import { SYNONYMS } from '../taxonomy/synonyms';
import { LER_SPOKEN_WORDS, SPOKEN_WORDS } from './spoken-words';
import { words } from './words';

/** A text of a document and how much a match in it counts. */
export interface Field {
  words: string[];
  /** The whole text, folded, for whole-phrase matches. */
  phrase: string;
  weight: number;
  /** Legal labels are long: a typo there finds too much (« portes » → « protection »). */
  noTypo?: boolean;
}

export interface SearchDoc {
  resource: ResourceType;
  /** An official LER entry outside the taxonomy: recorded as « Autre » with this code and label. */
  ler?: { code: string; label: string };
  fields: Field[];
  /** Length of the shown label: between equal matches, the shorter (more specific) comes first. */
  size: number;
}

export const WEIGHT = { label: 3, synonym: 2.6, lerOfEntry: 1.4, ler: 1 } as const;

const field = (text: string, weight: number): Field => {
  const w = words(text);
  return { words: w, phrase: w.join(' '), weight };
};

/** In the list of waste every label is a waste: « déchets » there tells nothing apart. */
const lerField = (text: string, weight: number): Field => {
  const w = words(searchableLer(text)).filter((x) => x !== 'dechet');
  return { words: w, phrase: w.join(' '), weight, noTypo: true };
};

/** « … autres que ceux visés à la rubrique 17 05 03 » distinguishes the entry in law, not in speech. */
const searchableLer = (label: string) =>
  label
    .replace(/,?\s*autres? que (?:ceux|celles|les déchets) visé[es]* (?:à la rubrique|aux rubriques).*$/, '')
    .replace(/\s*\(sauf rubriques? [^)]*\)/, '');

let docs: SearchDoc[] | undefined;

function build(): SearchDoc[] {
  const entries = TAXONOMY.filter((r) => !r.isOther);
  const covered = new Map<string, ResourceType[]>();
  for (const r of entries) {
    const code = r.wasteCode && normalizeLerCode(r.wasteCode);
    if (code) covered.set(code, [...(covered.get(code) ?? []), r]);
  }
  const lerByCode = new Map(lerEntries().map((e) => [e.code, e]));
  const taxonomyDocs = entries.map((resource): SearchDoc => {
    const code = resource.wasteCode && normalizeLerCode(resource.wasteCode);
    const ler = code ? lerByCode.get(code) : undefined;
    return {
      resource,
      fields: [
        field(resource.label, WEIGHT.label),
        ...[...(SYNONYMS[resource.code] ?? []), ...(SPOKEN_WORDS[resource.code] ?? [])].map((s) => field(s, WEIGHT.synonym)),
        ...(ler ? [lerField(ler.label, WEIGHT.lerOfEntry)] : []),
      ],
      size: resource.label.length,
    };
  });
  const other = TAXONOMY.find((r) => r.isOther && r.family === 'materials')!;
  const lerDocs = lerEntries()
    // « non spécifiés ailleurs » entries say nothing a person would type.
    .filter((e) => !covered.has(e.code) && !/99\*?$/.test(e.code))
    .map((e, i): SearchDoc => {
      const label = e.label.charAt(0).toUpperCase() + e.label.slice(1);
      // Between equal LER matches, the order of the list (the source's chapter before the generic ones).
      const spoken = (LER_SPOKEN_WORDS[e.code] ?? []).map((w) => field(w, WEIGHT.synonym));
      return { resource: other, ler: { code: e.code, label }, fields: [lerField(e.label, WEIGHT.ler), ...spoken], size: 1000 + i };
    });
  return [...taxonomyDocs, ...lerDocs];
}

export function searchDocs(): readonly SearchDoc[] {
  docs ??= build();
  return docs;
}

/** Whether a document may be suggested for this direction and family. */
export function fits(doc: SearchDoc, direction?: Direction, family?: Family): boolean {
  if (direction && !doc.resource.directions.includes(direction)) return false;
  return !family || doc.resource.family === family;
}

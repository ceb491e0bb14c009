// Grades and temperatures read from what an advisor typed (label, description) when the flux does
// not say them in its fields: « chutes inox », « catégorie 1 », « eau potable », « vapeur 12 bar ».
// The fields win; the text only fills what they leave unsaid.
import { GRADES, type GradeCode, type GradeKind } from './grades';
import { plainWords } from './label-match';

/** Phrases (accent-free, lower case, words separated by one space) → grade. First match wins. */
const PHRASES: readonly [string, GradeCode][] = [
  ['non traite', 'wood.a'],
  ['classe a', 'wood.a'],
  ['classe b', 'wood.b'],
  ['classe c', 'wood.hazardous'],
  ['bois traite', 'wood.hazardous'],
  ['creosote', 'wood.hazardous'],
  ['traverse', 'wood.hazardous'],
  ['inox', 'metal.stainless'],
  ['inoxydable', 'metal.stainless'],
  ['fonte', 'metal.cast-iron'],
  ['aluminium', 'metal.aluminium'],
  ['alu', 'metal.aluminium'],
  ['cuivre', 'metal.copper'],
  ['laiton', 'metal.copper'],
  ['bronze', 'metal.copper'],
  ['acier', 'metal.carbon-steel'],
  ['pehd', 'polymer.pe-hd'],
  ['pe hd', 'polymer.pe-hd'],
  ['hdpe', 'polymer.pe-hd'],
  ['pebd', 'polymer.pe-bd'],
  ['pe bd', 'polymer.pe-bd'],
  ['ldpe', 'polymer.pe-bd'],
  ['polypropylene', 'polymer.pp'],
  ['pp', 'polymer.pp'],
  ['pet', 'polymer.pet'],
  ['pvc', 'polymer.pvc'],
  ['polystyrene', 'polymer.ps'],
  ['pse', 'polymer.ps'],
  ['contact alimentaire', 'water.drinking'],
  ['potable', 'water.drinking'],
  ['qualite alimentaire', 'water.drinking'],
  ['categorie 1', 'organic.abp-cat1'],
  ['cat 1', 'organic.abp-cat1'],
  ['c1', 'organic.abp-cat1'],
  ['mrs', 'organic.abp-cat1'],
  ['categorie 2', 'organic.abp-cat2'],
  ['cat 2', 'organic.abp-cat2'],
  ['c2', 'organic.abp-cat2'],
  ['fumier', 'organic.abp-cat2'],
  ['lisier', 'organic.abp-cat2'],
  ['categorie 3', 'organic.abp-cat3'],
  ['cat 3', 'organic.abp-cat3'],
  ['c3', 'organic.abp-cat3'],
  ['lactoserum', 'organic.dairy'],
  ['petit-lait', 'organic.dairy'],
  ['digestat', 'organic.digestate'],
  ['compost', 'organic.compost'],
  ['dreche', 'organic.plant'],
  ['dreches', 'organic.plant'],
  ['paille', 'organic.plant'],
  ['biodechet', 'organic.raw'],
  ['biodechets', 'organic.raw'],
  ['restes de repas', 'organic.raw'],
  ['produits chimiques', 'packaging.chemical'],
  ['produit chimique', 'packaging.chemical'],
  ['chimique', 'packaging.chemical'],
  ['souille', 'packaging.chemical'],
  ['souilles', 'packaging.chemical'],
  ['alimentaire', 'packaging.food'],
];

/** Words too common to say a grade unless the entry already says what kind of thing it is. */
const KIND_ONLY = new Set(['pp', 'pet', 'c1', 'c2', 'c3', 'alimentaire', 'chimique', 'souille', 'souilles', 'fonte', 'alu']);

/** The grade a text names, limited to one kind when the entry has one. */
export function gradeFromText(text: string, kind?: GradeKind): GradeCode | undefined {
  if (!text) return undefined;
  const padded = ` ${plainWords(text).join(' ')} `;
  for (const [phrase, grade] of PHRASES) {
    if (kind ? GRADES[grade].kind !== kind : KIND_ONLY.has(phrase)) continue;
    if (padded.includes(` ${phrase} `)) return grade;
  }
  return undefined;
}

/** « 35 °C », « 130°C » → 35, 130 (the highest figure when several). */
export function temperatureFromText(text: string): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(/(-?\d+(?:[.,]\d+)?)\s*°\s*c?\b/gi)) {
    const v = Number(m[1]!.replace(',', '.'));
    if (best === undefined || v > best) best = v;
  }
  return best;
}

/** « 12 bar », « 6 bars » → 12, 6. */
export function pressureFromText(text: string): number | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*bars?\b/i.exec(text);
  return m ? Number(m[1]!.replace(',', '.')) : undefined;
}

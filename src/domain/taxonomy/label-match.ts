// Whether two free labels speak of the same thing, in French: accents, case, plurals and common
// endings aside, small words ignored, a few field synonyms folded (fumier ≈ lisier ≈ effluents).
// Used to pair an « Autre » flux: never blind, only on a close label.

/** Words that say nothing of what the thing is. */
const STOP = new Set(
  'a au aux avec ce ces d de des du en et l la le les leur un une ou par pour sur sans non tres plus type divers diverses autre autres dechet dechets produit produits matiere matieres residu residus issu issus issue issues lot lots besoin recherche offre propose annee an tonnes kg litres chute chutes rebut rebuts reste restes surplus excedent excedentaire excedentaires disponible disponibles usage usagee usages usagees neuf neuve formation formations service services prestation prestations location mise disposition'.split(
    ' ',
  ),
);

/** Field synonyms: each group folds to one token. */
const GROUPS: readonly (readonly string[])[] = [
  ['fumier', 'lisier', 'effluent', 'dejection', 'fiente', 'purin'],
  ['dreche', 'dreches', 'brasserie'],
  ['lactoserum', 'serum', 'petit-lait'],
  ['sciure', 'copeau', 'plaquette'],
  ['polystyrene', 'pse', 'frigolite'],
  ['polyurethane', 'pu', 'mousse'],
  ['inox', 'inoxydable'],
  ['alu', 'aluminium'],
  ['ferraille', 'acier', 'ferreux'],
  ['carton', 'cartonnage'],
  ['palette', 'palettes'],
  ['huile', 'huiles', 'lubrifiant'],
  ['calcin', 'verre'],
  ['platre', 'gypse'],
  ['granulat', 'remblai', 'grave', 'sable', 'gravier'],
  ['boue', 'boues'],
  ['chaleur', 'calorie', 'thermique'],
  ['marc', 'pulpe', 'epluchure'],
];

/** "Chutes" → "chut", "métaux" → "metal", "emballages" → "emballag": enough to fold plurals and genders. */
export function frenchStem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('aux')) w = `${w.slice(0, -3)}al`;
  else if (w.length > 3 && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const GROUP_OF = new Map<string, string>();
GROUPS.forEach((g, i) => g.forEach((w) => GROUP_OF.set(frenchStem(w), `#${i}`)));

export function plainWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, ' ')
    .split(/[\s]+/)
    .flatMap((w) => (GROUP_OF.has(frenchStem(w)) ? [w] : w.split('-')))
    .filter((w) => w.length > 0);
}

/** The significant stems of a text, synonyms folded, in the order they come (the first is its head). */
export function labelTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of plainWords(text)) {
    if (STOP.has(w) || /^\d+$/.test(w)) continue;
    const stem = frenchStem(w);
    const group = GROUP_OF.get(stem);
    if (group) out.add(group);
    else if (stem.length >= 3) out.add(stem);
  }
  return out;
}

/**
 * Close labels: the head word of one (its first significant word, after stems and synonyms) is a
 * word of the other. « Azote pour inertage » is not « CO2 … inertage »; « Sable pour béton » is
 * « Sables de fonderie ».
 */
export function labelsClose(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const headA = a.values().next().value;
  const headB = b.values().next().value;
  return (headA !== undefined && b.has(headA)) || (headB !== undefined && a.has(headB));
}

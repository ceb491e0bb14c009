// Grades: what one entry's name is too coarse for (carbon steel vs stainless, PE-HD vs PP, drinking vs
// washing water, animal by-products by category, wood by class, packaging by what it held). An offer
// says its grade; a need says which grades it accepts (« j'accepte… »). The matcher reads both.
export const GRADE_KINDS = ['metal', 'polymer', 'water', 'organic', 'wood', 'packaging'] as const;
export type GradeKind = (typeof GRADE_KINDS)[number];

export const GRADE_KIND_LABELS: Record<GradeKind, string> = {
  metal: 'nuance du métal',
  polymer: 'résine du plastique',
  water: 'qualité de l’eau',
  organic: 'nature ou catégorie de la matière organique',
  wood: 'classe du bois',
  packaging: 'ce que l’emballage a contenu',
};

interface GradeDef {
  kind: GradeKind;
  label: string;
  /**
   * Lower is better within an ordered kind: a need accepting a grade accepts every better one
   * (drinking water serves a washing need; class A wood a class B boiler).
   */
  rank?: number;
  /** Never assumed: paired only with a need that names it (cat. 1 by-products, chemical packaging…). */
  explicit?: true;
}

export const GRADES = {
  'metal.carbon-steel': { kind: 'metal', label: 'Acier carbone (ferraille E)' },
  'metal.cast-iron': { kind: 'metal', label: 'Fonte' },
  'metal.stainless': { kind: 'metal', label: 'Inox (acier inoxydable)' },
  'metal.aluminium': { kind: 'metal', label: 'Aluminium' },
  'metal.copper': { kind: 'metal', label: 'Cuivre et alliages (laiton, bronze)' },
  'metal.mixed': { kind: 'metal', label: 'Métaux en mélange' },
  'polymer.pe-hd': { kind: 'polymer', label: 'PE-HD (polyéthylène haute densité)' },
  'polymer.pe-bd': { kind: 'polymer', label: 'PE-BD (polyéthylène basse densité)' },
  'polymer.pp': { kind: 'polymer', label: 'PP (polypropylène)' },
  'polymer.pet': { kind: 'polymer', label: 'PET' },
  'polymer.pvc': { kind: 'polymer', label: 'PVC' },
  'polymer.ps': { kind: 'polymer', label: 'PS / PSE (polystyrène)' },
  'polymer.mixed': { kind: 'polymer', label: 'Plastiques en mélange' },
  'water.drinking': { kind: 'water', label: 'Potable / contact alimentaire', rank: 0 },
  'water.process': { kind: 'water', label: 'Eau de procédé (non alimentaire)', rank: 1 },
  'water.washing': { kind: 'water', label: 'Lavage et arrosage', rank: 2 },
  'water.non-potable': { kind: 'water', label: 'Non potable (eaux usées traitées…)', rank: 3 },
  'organic.plant': { kind: 'organic', label: 'Matière végétale (drêches, pulpes, paille…)' },
  'organic.dairy': { kind: 'organic', label: 'Produits laitiers (lactosérum…), sous-produit animal cat. 3' },
  'organic.abp-cat3': { kind: 'organic', label: 'Sous-produits animaux catégorie 3' },
  'organic.abp-cat2': { kind: 'organic', label: 'Sous-produits animaux catégorie 2 (effluents d’élevage…)' },
  'organic.abp-cat1': { kind: 'organic', label: 'Sous-produits animaux catégorie 1', explicit: true },
  'organic.raw': { kind: 'organic', label: 'Biodéchets bruts (restauration, mélange)' },
  'organic.compost': { kind: 'organic', label: 'Compost stabilisé' },
  'organic.digestate': { kind: 'organic', label: 'Digestat' },
  'wood.a': { kind: 'wood', label: 'Bois classe A (non traité)', rank: 0 },
  'wood.b': { kind: 'wood', label: 'Bois classe B (peint, aggloméré)', rank: 1 },
  'wood.hazardous': { kind: 'wood', label: 'Bois traité dangereux (classe C)', rank: 2, explicit: true },
  'packaging.food': { kind: 'packaging', label: 'A contenu des denrées alimentaires', rank: 0 },
  'packaging.clean': { kind: 'packaging', label: 'A contenu un produit non dangereux', rank: 1 },
  'packaging.chemical': { kind: 'packaging', label: 'A contenu un produit chimique ou dangereux', rank: 2, explicit: true },
} as const satisfies Record<string, GradeDef>;

export type GradeCode = keyof typeof GRADES;
export const GRADE_CODES = Object.keys(GRADES) as [GradeCode, ...GradeCode[]];

export const isGrade = (code: string): code is GradeCode => code in GRADES;
export const gradeDef = (code: string): GradeDef | undefined => (GRADES as Record<string, GradeDef>)[code];
export const gradesOfKind = (kind: GradeKind): GradeCode[] => GRADE_CODES.filter((g) => GRADES[g].kind === kind);
export const gradeLabel = (code: string): string => gradeDef(code)?.label ?? code;

/** « Mixed » grades: a need accepting them accepts every grade of their kind. */
const MIXED = new Set<string>(['metal.mixed', 'polymer.mixed']);

/**
 * match: the grade is accepted; unknown: one side does not say (pair, lower, with a check to make);
 * mismatch: never paired.
 */
export type GradeVerdict = 'match' | 'unknown' | 'mismatch';

/** Does a need accepting `accepted` take an offer of grade `offered`? */
export function gradeVerdict(offered: string | undefined, accepted: readonly string[] | undefined): GradeVerdict {
  if (offered === undefined) {
    // A need that accepts only food-contact grades takes nothing whose grade is not known (regulation).
    if (accepted?.length && accepted.every((g) => g === 'water.drinking' || g === 'packaging.food')) return 'mismatch';
    return 'unknown';
  }
  const def = gradeDef(offered);
  if (!def) return 'unknown';
  if (accepted === undefined || accepted.length === 0) return def.explicit ? 'mismatch' : 'unknown';
  if (accepted.includes(offered)) return 'match';
  if (def.explicit) return 'mismatch';
  for (const a of accepted) {
    const ad = gradeDef(a);
    if (!ad || ad.kind !== def.kind) continue;
    if (MIXED.has(a)) return 'match';
    if (def.rank !== undefined && ad.rank !== undefined && def.rank <= ad.rank) return 'match';
  }
  // Includes a need accepting only grades of other kinds (feed: plant matter or dairy; not wood).
  return 'mismatch';
}

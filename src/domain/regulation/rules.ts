// The regulation rules the matcher applies, each with the text it comes from and the date that text
// applies from, so a referent (or a funder) can check why a pair is never proposed. The rules
// themselves live where they act: grades.ts, taxonomy entries, self-consumption.ts, ler/.
import { SELF_CONSUMPTION_RULE } from './self-consumption';

export interface RegulationRule {
  id: string;
  /** What the matcher does, in French. */
  rule: string;
  text: string;
  /** ISO date the text applies from. */
  appliesFrom: string;
  /** Where the rule is written in the code. */
  where: string;
}

export const REGULATION_RULES: readonly RegulationRule[] = [
  {
    id: 'self-consumption-reach',
    rule: 'Autoconsommation collective : participants à 2 km, 10 km en commune périurbaine, 20 km en commune rurale',
    text: SELF_CONSUMPTION_RULE.text,
    appliesFrom: SELF_CONSUMPTION_RULE.appliesFrom,
    where: 'src/domain/regulation/self-consumption.ts',
  },
  {
    id: 'animal-by-products',
    rule: 'Sous-produits animaux de catégorie 1 : seulement vers une destination qui les accepte nommément (équarrissage, incinération) ; jamais en alimentation animale ni en méthanisation',
    text: 'Règlement (CE) n° 1069/2009 du 21 octobre 2009, articles 8 à 14 (catégories et utilisations)',
    appliesFrom: '2011-03-04',
    where: 'src/domain/taxonomy/grades.ts (organic.abp-cat1), materials-agrifood.ts',
  },
  {
    id: 'food-contact-water',
    rule: 'Besoin au contact des aliments : seulement une eau de qualité potable, jamais une eau de qualité inconnue',
    text: 'Règlement (CE) n° 852/2004 du 29 avril 2004, annexe II, chapitre VII (eau utilisée dans les denrées alimentaires)',
    appliesFrom: '2006-01-01',
    where: 'src/domain/taxonomy/grades.ts (gradeVerdict)',
  },
  {
    id: 'treated-wastewater-reuse',
    rule: 'Eaux usées traitées : lavage et arrosage, jamais contact alimentaire',
    text: 'Décret n° 2023-835 du 29 août 2023 relatif aux usages et conditions de réutilisation des eaux usées traitées',
    appliesFrom: '2023-08-31',
    where: 'src/domain/taxonomy/water.ts',
  },
  {
    id: 'hazardous-waste',
    rule: 'Déchet dangereux (code LER avec *) ou de code inconnu : seulement vers une entreprise autorisée à le recevoir',
    text: 'Décision 2014/955/UE (liste des déchets) ; code de l’environnement, art. L541-7-1 et R541-8',
    appliesFrom: '2015-06-01',
    where: 'src/domain/ler/index.ts (fluxWasteHazard), src/matching/flux-profile.ts',
  },
];

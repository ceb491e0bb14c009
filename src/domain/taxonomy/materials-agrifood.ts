// Matières of agri-food and rural territories: feed, livestock effluents, beverage and dairy
// by-products, animal by-products (Reg. (EC) 1069/2009), digestate. LER codes: Decision 2014/955/EU.
import { resource, type ResourceType } from './types';

const r = (...a: Parameters<typeof resource> extends [unknown, ...infer R] ? R : never) => resource('materials', ...a);
const NEED = { directions: ['need'] as const };
const ORGANIC = { gradeKind: 'organic' as const, recovery: ['R3', 'R10'] as const };

export const AGRIFOOD: ResourceType[] = [
  // Spent grain and whey go mostly to livestock; feed takes plant matter and dairy products, never
  // catering waste nor meat by-products (Reg. (EC) 1069/2009 art. 11).
  r('mat.animal-feed', 'Alimentation animale (coproduits pour l’élevage)', 't', 50, {
    ...NEED,
    gradeKind: 'organic',
    accepts: ['organic.plant', 'organic.dairy'],
  }),
  r('mat.manure', 'Fumier et lisier (effluents d’élevage)', 't', 15, {
    ...ORGANIC,
    wasteCode: '02 01 06',
    grade: 'organic.abp-cat2',
    feeds: ['mat.methanisation-input', 'mat.organic-fertiliser'],
  }),
  r('mat.straw', 'Paille et litières végétales', 't', 40, {
    ...ORGANIC,
    wasteCode: '02 01 03',
    grade: 'organic.plant',
    feeds: ['mat.animal-bedding', 'mat.methanisation-input'],
  }),
  r('mat.spent-grain', 'Drêches de brasserie ou de distillerie', 't', 40, {
    ...ORGANIC,
    wasteCode: '02 07 04',
    grade: 'organic.plant',
    feeds: ['mat.animal-feed', 'mat.methanisation-input'],
  }),
  r('mat.whey', 'Lactosérum (petit-lait)', 'm3', 40, {
    ...ORGANIC,
    wasteCode: '02 05 01',
    grade: 'organic.dairy',
    density: 1.03,
    feeds: ['mat.animal-feed', 'mat.methanisation-input'],
  }),
  r('mat.fruit-veg', 'Coproduits de fruits et légumes (écarts de tri, pulpes, marcs)', 't', 40, {
    ...ORGANIC,
    wasteCode: '02 03 04',
    grade: 'organic.plant',
    feeds: ['mat.animal-feed', 'mat.methanisation-input'],
  }),
  // The category decides the destination: cat. 1 to incineration or an authorised renderer only.
  r('mat.animal-by-products', 'Sous-produits animaux (abattoir, découpe, équarrissage)', 't', 80, {
    ...ORGANIC,
    wasteCode: '02 02 02',
    feeds: ['mat.methanisation-input'],
  }),
  r('mat.digestate', 'Digestat de méthanisation', 't', 20, {
    ...ORGANIC,
    wasteCode: '19 06 06',
    grade: 'organic.digestate',
    feeds: ['mat.organic-fertiliser'],
  }),
  r('mat.organic-fertiliser', 'Fertilisants organiques pour épandage (digestat, effluents, compost)', 't', 20, {
    ...NEED,
    gradeKind: 'organic',
    accepts: ['organic.digestate', 'organic.abp-cat2', 'organic.compost'],
  }),
];

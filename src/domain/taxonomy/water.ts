// Eau: reuse of rain and treated water, shared treatment.
import { resource, type ResourceType } from './types';

const r = (...a: Parameters<typeof resource> extends [unknown, ...infer R] ? R : never) => resource('water', ...a);
const NEED = { directions: ['need'] as const };
const OFFER = { directions: ['offer'] as const };
const W = { gradeKind: 'water' as const };

export const WATER: ResourceType[] = [
  r('eau.process-water', 'Eau de procédé', 'm3', 10, { ...NEED, ...W }),
  r('eau.rainwater', 'Eaux pluviales récupérables', 'm3', 5, {
    ...OFFER,
    ...W,
    grade: 'water.washing',
    feeds: ['eau.process-water', 'eau.cleaning-water', 'eau.irrigation'],
  }),
  // Reuse of treated wastewater (REUT) is allowed for washing and irrigation under permit
  // (décret 2023-835 of 29 August 2023), never for food contact.
  r('eau.treated-wastewater', 'Eaux usées traitées (réutilisation)', 'm3', 10, {
    ...OFFER,
    ...W,
    grade: 'water.washing',
    feeds: ['eau.process-water', 'eau.irrigation', 'eau.cleaning-water'],
  }),
  r('eau.cooling-water', 'Eau de refroidissement', 'm3', 3, {
    ...W,
    grade: 'water.process',
    feeds: ['eau.process-water', 'eau.cleaning-water'],
  }),
  r('eau.cleaning-water', 'Eau de lavage / nettoyage', 'm3', 5, { ...NEED, ...W, accepts: ['water.washing'] }),
  r('eau.irrigation', "Eau d'arrosage", 'm3', 10, { ...NEED, ...W, accepts: ['water.washing'] }),
  r('eau.drinking-water', 'Eau potable (achat groupé, réseau)', 'm3', 20, { ...NEED, mutualisation: 'group-purchase' }),
  r('eau.effluent-treatment', 'Traitement des effluents (station partagée)', 'm3', 10, {
    ...NEED,
    mutualisation: 'shared-service',
  }),
  r('eau.separator-maintenance', "Entretien des séparateurs d'hydrocarbures", 'unit', 30, {
    ...NEED,
    mutualisation: 'shared-service',
  }),
  r('eau.other', 'Autre (eau)', 'm3', 10, { isOther: true }),
];

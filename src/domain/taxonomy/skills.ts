// Compétences: jobs, shared employees, regulatory training, commuting.
import { resource, type ResourceType } from './types';

const r = (...a: Parameters<typeof resource> extends [unknown, ...infer R] ? R : never) => resource('skills', ...a);
const NEED = { directions: ['need'] as const };
const TRAIN = { ...NEED, mutualisation: 'shared-training' as const };
// Training and jobs are matched across a whole territory.
const TERRITORY_KM = 40;

export const SKILLS: ResourceType[] = [
  r('comp.training-sst', 'Formation Sauveteur Secouriste du Travail (SST)', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-electrical', 'Habilitation électrique', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-caces', 'CACES (conduite d’engins)', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-fire', 'Formation incendie et évacuation', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-driving', 'Formation des conducteurs routiers (FIMO, FCO)', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-height', 'Travail en hauteur (harnais, échafaudage)', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-prap', 'Gestes et postures (PRAP)', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-aipr', 'AIPR (travaux à proximité des réseaux)', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-hse', 'Formation réglementaire HSE (ATEX, amiante…)', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-hygiene', 'Hygiène alimentaire (HACCP)', 'person', TERRITORY_KM, TRAIN),
  r('comp.training-phyto', 'Certiphyto (produits phytopharmaceutiques)', 'person', TERRITORY_KM, TRAIN),
  r('comp.shared-employee', "Salarié à temps partagé (groupement d'employeurs)", 'h', TERRITORY_KM, {
    mutualisation: 'employer-group',
  }),
  r('comp.recruitment', 'Recrutement (emplois à pourvoir)', 'person', TERRITORY_KM, {
    ...NEED,
    mutualisation: 'shared-service',
  }),
  r('comp.jobseekers', 'Salariés en reclassement / compétences disponibles', 'person', TERRITORY_KM, {
    directions: ['offer'],
    feeds: ['comp.recruitment'],
  }),
  r('comp.expertise', 'Expertise technique (prêt ou mécénat de compétences)', 'h', TERRITORY_KM),
  r('comp.apprenticeship', 'Apprentissage et alternance (tutorat partagé)', 'person', TERRITORY_KM, {
    mutualisation: 'shared-service',
  }),
  r('comp.maintenance', 'Technicien de maintenance partagé', 'h', 30, { mutualisation: 'employer-group' }),
  r('comp.carpooling', 'Covoiturage domicile-travail', 'person', 20, { ...NEED, mutualisation: 'carpooling' }),
  r('comp.security', 'Gardiennage et sécurité mutualisés', 'unit', 10, { ...NEED, mutualisation: 'shared-service' }),
  r('comp.fire-safety', 'Sécurité incendie mutualisée (SSIAP, extincteurs, exercices)', 'unit', 10, {
    ...NEED,
    mutualisation: 'shared-service',
  }),
  r('comp.catering', 'Restauration inter-entreprises', 'person', 5, { ...NEED, mutualisation: 'shared-service' }),
  r('comp.childcare', 'Crèche inter-entreprises', 'person', 15, { ...NEED, mutualisation: 'shared-service' }),
  r('comp.other', 'Autre (compétences)', 'person', TERRITORY_KM, { isOther: true }),
];

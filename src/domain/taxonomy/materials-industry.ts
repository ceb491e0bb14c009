// Matières of industrial basins: foundry and steelworks residues, mineral materials for concrete
// and road works, surface-treatment sludges, machining fluids, gases. LER codes: Decision 2014/955/EU.
import { resource, type ResourceType } from './types';

const r = (...a: Parameters<typeof resource> extends [unknown, ...infer R] ? R : never) => resource('materials', ...a);
const NEED = { directions: ['need'] as const };

export const INDUSTRY: ResourceType[] = [
  r('mat.foundry-sand', 'Sables de fonderie', 't', 60, {
    wasteCode: '10 09 08',
    recovery: ['R5'],
    feeds: ['mat.aggregates'],
  }),
  r('mat.slag', 'Laitiers et scories (aciérie, fonderie)', 't', 60, {
    wasteCode: '10 02 02',
    recovery: ['R5'],
    feeds: ['mat.aggregates'],
  }),
  r('mat.refractories', 'Réfractaires usagés (briques, garnissages de four)', 't', 80, {
    wasteCode: '16 11 04',
    recovery: ['R5'],
  }),
  // A product (concrete plant, road works) rather than a waste: recycled aggregates are offered too.
  r('mat.aggregates', 'Granulats et remblais (béton, travaux routiers)', 't', 40, {
    feeds: [],
  }),
  r('mat.hydroxide-sludge', 'Boues d’hydroxydes métalliques (traitement de surface)', 't', 150, {
    wasteCode: '11 01 09*',
    recovery: ['R4', 'R5'],
  }),
  r('mat.cutting-fluids', 'Fluides d’usinage usagés (huiles solubles, émulsions)', 'L', 100, {
    wasteCode: '12 01 09*',
    recovery: ['R9', 'R1'],
    density: 1,
  }),
  r('mat.co2', 'CO2 (récupéré ou recherché : serres, boissons, inertage)', 't', 30),
  r('mat.industrial-gases', 'Gaz industriels (azote, oxygène, argon : achat groupé)', 'm3', 60, {
    ...NEED,
    mutualisation: 'group-purchase',
  }),
];

// Énergie: group purchase, recoverable heat and cold, local renewables.
import { resource, type ResourceType } from './types';

const r = (...a: Parameters<typeof resource> extends [unknown, ...infer R] ? R : never) => resource('energy', ...a);
const NEED = { directions: ['need'] as const };
const OFFER = { directions: ['offer'] as const };
const HEAT = { thermal: 'heat' as const };

export const ENERGY: ResourceType[] = [
  r('nrj.electricity', 'Électricité (achat groupé)', 'MWh', 60, { ...NEED, mutualisation: 'group-purchase' }),
  r('nrj.natural-gas', 'Gaz naturel (achat groupé)', 'MWh', 60, { ...NEED, mutualisation: 'group-purchase' }),
  r('nrj.fuel-oil', 'Fioul (achat groupé)', 'L', 40, { ...NEED, mutualisation: 'group-purchase' }),
  r('nrj.vehicle-fuel', 'Carburants des véhicules (gazole, GNR : achat groupé)', 'L', 40, { ...NEED, mutualisation: 'group-purchase' }),
  r('nrj.waste-heat', 'Chaleur fatale (rejets thermiques)', 'MWh', 3, {
    ...OFFER,
    ...HEAT,
    feeds: ['nrj.process-heat', 'nrj.space-heating', 'nrj.hot-water'],
  }),
  r('nrj.process-heat', 'Chaleur pour le procédé', 'MWh', 3, { ...NEED, ...HEAT }),
  r('nrj.space-heating', 'Chauffage des locaux', 'MWh', 3, { ...NEED, ...HEAT }),
  r('nrj.hot-water', 'Eau chaude (sanitaire ou procédé)', 'MWh', 2, { ...NEED, ...HEAT }),
  // Steam by pressure; as heat for a process, by its temperature too.
  r('nrj.steam', 'Vapeur', 't', 1.5, { ...HEAT, steam: true, feeds: ['nrj.process-heat'] }),
  r('nrj.cold', 'Froid et eau glacée (production ou rejets)', 'MWh', 2, { thermal: 'cold' }),
  r('nrj.compressed-air', 'Air comprimé', 'm3', 0.5),
  // A wood-fuel boiler burns clean wood (class A) or plant matter; class B needs a plant authorised
  // for it (ICPE 2910-B): the need says so in its accepted grades.
  r('nrj.biomass', 'Combustible biomasse (bois énergie)', 't', 50, {
    mutualisation: 'group-purchase',
    gradeKind: 'wood',
    grade: 'wood.a',
    accepts: ['wood.a', 'organic.plant'],
  }),
  r('nrj.biogas', 'Biogaz / biométhane', 'MWh', 20, { feeds: ['nrj.gnv-station'] }),
  r('nrj.pv-roof', 'Toiture ou parking disponible pour le photovoltaïque', 'm2', 20, {
    ...OFFER,
    selfConsumption: true,
    feeds: ['nrj.local-renewable'],
  }),
  r('nrj.local-renewable', 'Électricité renouvelable locale (autoconsommation collective)', 'MWh', 2, {
    mutualisation: 'shared-service',
    selfConsumption: true,
  }),
  r('nrj.gnv-station', 'Station GNV / bioGNV partagée', 'MWh', 20, { ...NEED, mutualisation: 'shared-equipment' }),
  r('nrj.ev-charging', 'Bornes de recharge partagées', 'unit', 5, { mutualisation: 'shared-equipment' }),
  r('nrj.energy-audit', 'Audit énergétique mutualisé', 'unit', 40, { ...NEED, mutualisation: 'shared-service' }),
  r('nrj.other', 'Autre (énergie)', 'MWh', 20, { isOther: true }),
];

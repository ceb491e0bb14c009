// Énergie: group purchase, recoverable heat and cold, local renewables.
import { resource, type ResourceType } from './types';

const r = (...a: Parameters<typeof resource> extends [unknown, ...infer R] ? R : never) =>
  resource('energy', ...a);
const NEED = { directions: ['need'] as const };
const OFFER = { directions: ['offer'] as const };

export const ENERGY: ResourceType[] = [
  r('nrj.electricity', 'Électricité (achat groupé)', 'MWh', 60, { ...NEED, mutualisation: 'group-purchase' }),
  r('nrj.natural-gas', 'Gaz naturel (achat groupé)', 'MWh', 60, { ...NEED, mutualisation: 'group-purchase' }),
  r('nrj.fuel-oil', 'Fioul (achat groupé)', 'L', 40, { ...NEED, mutualisation: 'group-purchase' }),
  r('nrj.vehicle-fuel', 'Carburants des véhicules (gazole, GNR : achat groupé)', 'L', 40, { ...NEED, mutualisation: 'group-purchase' }),
  r('nrj.waste-heat', 'Chaleur fatale (rejets thermiques)', 'MWh', 3, {
    ...OFFER,
    feeds: ['nrj.process-heat', 'nrj.space-heating', 'nrj.hot-water'],
  }),
  r('nrj.process-heat', 'Chaleur pour le procédé', 'MWh', 3, NEED),
  r('nrj.space-heating', 'Chauffage des locaux', 'MWh', 3, NEED),
  r('nrj.hot-water', 'Eau chaude (sanitaire ou procédé)', 'MWh', 2, NEED),
  r('nrj.steam', 'Vapeur', 't', 1.5, { feeds: ['nrj.process-heat'] }),
  r('nrj.cold', 'Froid (production ou rejets)', 'MWh', 2),
  r('nrj.compressed-air', 'Air comprimé', 'm3', 0.5),
  r('nrj.biomass', 'Combustible biomasse (bois énergie)', 't', 50, { mutualisation: 'group-purchase' }),
  r('nrj.biogas', 'Biogaz / biométhane', 'MWh', 20, { feeds: ['nrj.gnv-station'] }),
  r('nrj.pv-roof', 'Toiture ou parking disponible pour le photovoltaïque', 'm2', 20, {
    ...OFFER,
    feeds: ['nrj.local-renewable'],
  }),
  r('nrj.local-renewable', 'Électricité renouvelable locale (autoconsommation collective)', 'MWh', 2, {
    mutualisation: 'shared-service',
  }),
  r('nrj.gnv-station', 'Station GNV / bioGNV partagée', 'MWh', 20, { ...NEED, mutualisation: 'shared-equipment' }),
  r('nrj.ev-charging', 'Bornes de recharge partagées', 'unit', 5, { mutualisation: 'shared-equipment' }),
  r('nrj.energy-audit', 'Audit énergétique mutualisé', 'unit', 40, { ...NEED, mutualisation: 'shared-service' }),
  r('nrj.other', 'Autre (énergie)', 'MWh', 20, { isOther: true }),
];

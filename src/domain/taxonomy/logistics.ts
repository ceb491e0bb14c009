// Logistique: transport, storage, premises and equipment that can be shared.
import { resource, type ResourceType } from './types';

const r = (...a: Parameters<typeof resource> extends [unknown, ...infer R] ? R : never) => resource('logistics', ...a);
const EQUIP = { mutualisation: 'shared-equipment' as const };
const STORE = { mutualisation: 'shared-storage' as const };

export const LOGISTICS: ResourceType[] = [
  r('log.shared-delivery', 'Livraisons mutualisées (tournées)', 'trip', 20, { mutualisation: 'shared-service' }),
  r('log.shared-freight', 'Transport de marchandises mutualisé (fret)', 'trip', 50, { mutualisation: 'shared-service' }),
  r('log.storage', 'Surface de stockage', 'm2', 15, STORE),
  r('log.cold-storage', 'Stockage frigorifique', 'm2', 15, STORE),
  r('log.spare-premises', 'Locaux disponibles (bureaux, ateliers)', 'm2', 15),
  r('log.meeting-rooms', 'Salles de réunion ou de formation', 'unit', 10, { mutualisation: 'shared-service' }),
  r('log.parking', 'Places de stationnement', 'unit', 2, EQUIP),
  r('log.forklift', 'Chariot élévateur', 'unit', 5, EQUIP),
  r('log.compactor', 'Compacteur / presse à balles', 'unit', 5, EQUIP),
  r('log.waste-area', 'Aire de tri et local déchets partagés', 'unit', 5, EQUIP),
  r('log.shuttle', 'Navette inter-entreprises (trajets des salariés)', 'trip', 20, { mutualisation: 'shared-service' }),
  r('log.skips', 'Bennes et conteneurs', 'unit', 10, EQUIP),
  r('log.lifting', 'Nacelle et matériel de levage', 'unit', 15, EQUIP),
  r('log.utility-vehicles', 'Véhicules utilitaires partagés', 'unit', 10, EQUIP),
  r('log.workshop-machines', "Machines d'atelier (usinage, découpe)", 'h', 15, EQUIP),
  r('log.other', 'Autre (logistique)', 'unit', 15, { isOther: true }),
];

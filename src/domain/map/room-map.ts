// The workshop projector's map: the participants where they are and the synergies the room may
// see, drawn only from what the room rule (workshop-room.ts) kept — its participants-only company
// lists — so a confidential flux never draws a line, and nobody outside the room is placed.
import type { Location } from '../company';
import type { RoomSynergy } from '../workshop-room';
import {
  companyFeatures,
  synergyFeatures,
  type CompanyPoint,
  type FeatureCollection,
  type LineFeature,
  type PointFeature,
  type SynergyLine,
} from './features';

export interface RoomParticipant {
  id: string;
  name: string;
  location?: Location;
  placed?: Location;
}

export interface RoomMap {
  companies: FeatureCollection<PointFeature<CompanyPoint>>;
  synergies: FeatureCollection<LineFeature<SynergyLine>>;
  /** Participants with no position at all: named beside the map. */
  unplaced: string[];
}

export function roomMap(participants: readonly RoomParticipant[], room: readonly RoomSynergy[]): RoomMap {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const inSynergy = new Set(room.flatMap((s) => s.companyIds));
  return {
    // Coloured by whether the room sees a synergy for them yet: the animator's question.
    companies: companyFeatures(participants, (id) => (inSynergy.has(id) ? 'both' : 'none')),
    synergies: synergyFeatures(
      room.map((s) => ({ id: s.id, kind: s.kind, companyIds: s.companyIds.filter((id) => byId.has(id)), label: s.sentence })),
      (id) => {
        const p = byId.get(id);
        return p?.location ?? p?.placed;
      },
    ),
    unplaced: participants.filter((p) => !p.location && !p.placed).map((p) => p.name),
  };
}

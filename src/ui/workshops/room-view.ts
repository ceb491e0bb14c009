// What the projector draws of a workshop, computed from plain data (no DOM): counters, the room's
// synergies and the room as a picture of companies (by table, or by park) joined by links. What
// the room may see is decided by the shared rule (domain/workshop-room): nothing of a confidential
// flux, no outsider.
import type { Company, Flux, Synergy } from '../../domain';
import type { Workshop } from '../../domain/workshop';
import { roomFlux, roomSynergies, type RoomSynergy } from '../../domain/workshop-room';
import { roomGroups, type RoomGroup } from './room-layout';

export interface RoomLink {
  id: string;
  /** The room synergy it draws. */
  synergyId: string;
  from: string;
  to: string;
  kind: Synergy['kind'];
}

export interface RoomView {
  companies: number;
  offers: number;
  needs: number;
  synergies: RoomSynergy[];
  /** Tables (or parks) and their companies, laid out to the screen by RoomGraph. */
  groups: RoomGroup[];
  names: Map<string, string>;
  links: RoomLink[];
}

type Participant = Pick<Company, 'id' | 'name'> & { zone?: string };

export function roomView(
  participants: readonly Participant[],
  flux: readonly Flux[],
  synergies: readonly Synergy[],
  seating: Pick<Workshop, 'tables'> = { tables: [] },
): RoomView {
  const shown = roomFlux(participants, flux);
  const room = roomSynergies(participants, flux, synergies);
  const links: RoomLink[] = [];
  for (const s of room) {
    // A group is drawn as a star from its first company: readable, and as many lines as members.
    for (let i = 1; i < s.companyIds.length; i++)
      links.push({ id: `${s.id}:${i}`, synergyId: s.id, from: s.companyIds[0]!, to: s.companyIds[i]!, kind: s.kind });
  }
  const ids = participants.map((p) => p.id);
  return {
    companies: new Set(ids).size,
    offers: shown.filter((f) => f.direction === 'offer').length,
    needs: shown.filter((f) => f.direction === 'need').length,
    synergies: room,
    groups: roomGroups(
      { tables: seating.tables, companyIds: ids },
      participants.map((p) => ({ ...p, zone: p.zone ?? '' })),
    ),
    names: new Map(participants.map((p) => [p.id, p.name])),
    links,
  };
}

// What the projector draws of a workshop, computed from plain data (no DOM): counters, the room's
// synergies and the room as a picture of companies joined by links. What the room may see is
// decided by the shared rule (domain/workshop-room): nothing of a confidential flux, no outsider.
import type { Company, Flux, Synergy } from '../../domain';
import { roomFlux, roomSynergies, type RoomCompany, type RoomSynergy } from '../../domain/workshop-room';

export interface RoomNode {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface RoomLink {
  id: string;
  from: string;
  to: string;
  kind: Synergy['kind'];
}

export interface RoomView {
  companies: number;
  offers: number;
  needs: number;
  synergies: RoomSynergy[];
  nodes: RoomNode[];
  links: RoomLink[];
}

/** Participants on a circle of radius 1 around (0, 0), in a stable order (by name). */
export function circleLayout(companies: readonly Pick<Company, 'id' | 'name'>[]): RoomNode[] {
  const sorted = [...companies].sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
  const n = sorted.length;
  return sorted.map((c, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2;
    return { id: c.id, name: c.name, x: Math.cos(angle), y: Math.sin(angle) };
  });
}

export function roomView(participants: readonly RoomCompany[], flux: readonly Flux[], synergies: readonly Synergy[]): RoomView {
  const shown = roomFlux(participants, flux);
  const room = roomSynergies(participants, flux, synergies);
  const links: RoomLink[] = [];
  for (const s of room) {
    // A group is drawn as a star from its first company: readable, and as many lines as members.
    for (let i = 1; i < s.companyIds.length; i++) links.push({ id: `${s.id}:${i}`, from: s.companyIds[0]!, to: s.companyIds[i]!, kind: s.kind });
  }
  return {
    companies: new Set(participants.map((p) => p.id)).size,
    offers: shown.filter((f) => f.direction === 'offer').length,
    needs: shown.filter((f) => f.direction === 'need').length,
    synergies: room,
    nodes: circleLayout(participants),
    links,
  };
}

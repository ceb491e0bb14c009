// What the projector shows of a workshop, computed from plain data (no DOM): counters, the
// synergies between participants, newest first, and the room as a circle of companies joined by
// links. A confidential flux never reaches it: not its quantity, not even that the company has it.
import type { Company, Flux, Synergy } from '../../domain';

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
  synergies: Synergy[];
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

export function roomView(
  participants: readonly Pick<Company, 'id' | 'name'>[],
  flux: readonly Flux[],
  synergies: readonly Synergy[],
): RoomView {
  const inRoom = new Set(participants.map((p) => p.id));
  const shown = flux.filter((f) => !f.deleted && !f.confidential && inRoom.has(f.companyId));
  const confidential = new Set(flux.filter((f) => f.confidential).map((f) => f.id));
  // A synergy of the room joins two participants or more, and involves no confidential flux.
  const roomSynergies = synergies
    .filter((s) => s.companyIds.filter((id) => inRoom.has(id)).length >= 2 && !s.fluxIds.some((id) => confidential.has(id)))
    .sort((a, b) => b.computedAt - a.computedAt || b.score - a.score || a.id.localeCompare(b.id));
  const links: RoomLink[] = [];
  for (const s of roomSynergies) {
    const ids = s.companyIds.filter((id) => inRoom.has(id));
    // A group is drawn as a star from its first company: readable, and as many lines as members.
    for (let i = 1; i < ids.length; i++) links.push({ id: `${s.id}:${i}`, from: ids[0]!, to: ids[i]!, kind: s.kind });
  }
  return {
    companies: inRoom.size,
    offers: shown.filter((f) => f.direction === 'offer').length,
    needs: shown.filter((f) => f.direction === 'need').length,
    synergies: roomSynergies,
    nodes: circleLayout(participants),
    links,
  };
}

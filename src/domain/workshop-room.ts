// What a workshop's room may see of its synergies — the one rule shared by the projector, the
// report and any other screen shown to the room. It works from an allow-list: a flux is shown only
// when it belongs to a participant, is live and is not confidential; every synergy is cut down to
// those flux. A confidential flux is therefore never counted, shown or implied (a group holding one
// reads as if its company were absent), and a company outside the room is never named.
// One reader differs: the referent's copy of the report keeps confidential flux, marked (the
// referent receives those leads anyway); it still names participants only.
import type { Company } from './company';
import type { Flux } from './flux';
import type { Synergy, SynergyKind } from './synergy';
import { findResource, MUTUALISATION_LABELS } from './taxonomy';
import { formatQuantity } from './units';

export type RoomCompany = Pick<Company, 'id' | 'name'>;

/** A synergy as the room may see it: only its shown flux and their (participating) companies. */
export interface RoomSynergy {
  /** From the shown flux only, so a hidden flux joining or leaving changes nothing the room sees. */
  id: string;
  /** The full synergy it comes from (for the follow-up, never drawn). */
  synergyId: string;
  kind: SynergyKind;
  family: Synergy['family'];
  fluxIds: string[];
  /** Participants only, in the order of their flux. */
  companyIds: string[];
  names: string[];
  /** What is given or shared, with its quantity when the flux says one. */
  what: string;
  /** One short sentence: who gives what to whom, or who shares what. */
  sentence: string;
  /** Substitutions only (a group with hidden members would give away their distance). */
  distanceKm?: number;
  score: number;
  computedAt: number;
  /** Only for the referent's reading: it holds a confidential flux (never true for the room). */
  confidential?: true;
  /** With it, who confided it (participants whose flux here is confidential). */
  confidentialNames?: string[];
}

/**
 * Who reads: the room (projector, handouts, the report handed out) never sees a confidential flux;
 * the referent (permission `see confidential leads`) sees them, marked. Both: participants only.
 */
export type RoomAudience = 'room' | 'referent';

/** Flux the room may see: live, not confidential, of a participant. */
export function roomFlux(participants: readonly RoomCompany[], flux: readonly Flux[], audience: RoomAudience = 'room'): Flux[] {
  const inRoom = new Set(participants.map((p) => p.id));
  return flux.filter((f) => !f.deleted && (audience === 'referent' || !f.confidential) && inRoom.has(f.companyId));
}

/** "Cartons et emballages carton (3 t/mois)"; the free label of an « Autre » entry. */
export function fluxWhat(f: Flux): string {
  const resource = findResource(f.resourceCode);
  const label = (resource?.isOther && f.label) || resource?.label || f.label || f.resourceCode;
  return f.quantity !== undefined && f.unit ? `${label} (${formatQuantity(f.quantity, f.unit, f.period)})` : label;
}

/** "A, B et C"; beyond five names, « et 3 autres ». */
export function listNames(names: readonly string[], max = 5): string {
  const shown = names.length > max ? names.slice(0, max - 1) : [...names];
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} et ${rest} autres`;
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} et ${shown[shown.length - 1]}`;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowered = (s: string) => (s.charAt(1) === s.charAt(1).toLowerCase() ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** A stable short key of the shown flux ids (FNV-1a), so the room id does not spell them out. */
function roomId(kind: SynergyKind, fluxIds: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of [kind, ...[...fluxIds].sort()].join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `room:${kind.slice(0, 3)}:${h.toString(36)}:${fluxIds.length}`;
}

/**
 * The synergies a room may see, best first. Each keeps only its shown flux: a substitution needs
 * both of its flux shown; a group needs shown flux of two companies or more. Two synergies that
 * read the same once cut down are shown once.
 */
export function roomSynergies(
  participants: readonly RoomCompany[],
  flux: readonly Flux[],
  synergies: readonly Synergy[],
  audience: RoomAudience = 'room',
): RoomSynergy[] {
  const shown = new Map(roomFlux(participants, flux, audience).map((f) => [f.id, f]));
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const byId = new Map<string, RoomSynergy>();
  const ordered = [...synergies].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  for (const s of ordered) {
    const kept = s.fluxIds.map((id) => shown.get(id)).filter((f): f is Flux => f !== undefined);
    const companyIds = [...new Set(kept.map((f) => f.companyId))];
    if (companyIds.length < 2) continue;
    const room = s.kind === 'substitution' ? substitution(s, kept, names) : group(s, kept, companyIds, names);
    const secret = kept.filter((f) => f.confidential);
    if (room && secret.length > 0) {
      room.confidential = true;
      room.confidentialNames = [...new Set(secret.map((f) => names.get(f.companyId)!))];
    }
    if (room && !byId.has(room.id)) byId.set(room.id, room);
  }
  return [...byId.values()];
}

function substitution(s: Synergy, kept: Flux[], names: Map<string, string>): RoomSynergy | undefined {
  const offer = kept.find((f) => f.direction === 'offer');
  const need = kept.find((f) => f.direction === 'need');
  if (kept.length !== 2 || !offer || !need) return undefined;
  const from = names.get(offer.companyId)!;
  const to = names.get(need.companyId)!;
  const what = fluxWhat(offer);
  return {
    id: roomId('substitution', [offer.id, need.id]),
    synergyId: s.id,
    kind: 'substitution',
    family: s.family,
    fluxIds: [offer.id, need.id],
    companyIds: [offer.companyId, need.companyId],
    names: [from, to],
    what,
    sentence: `${from} → ${to} : ${lowered(what)}`,
    distanceKm: s.distanceKm,
    score: s.score,
    computedAt: s.computedAt,
  };
}

function group(s: Synergy, kept: Flux[], companyIds: string[], names: Map<string, string>): RoomSynergy {
  const first = kept[0]!;
  const kind = findResource(first.resourceCode)?.mutualisation;
  const head = kind ? capitalised(MUTUALISATION_LABELS[kind]) : 'Mutualisation';
  const members = companyIds.map((id) => names.get(id)!);
  const resource = findResource(first.resourceCode);
  const label = (resource?.isOther && first.label) || resource?.label || first.resourceCode;
  // « Électricité (achat groupé) » in a sentence that already starts with « Achat groupé ».
  const what = kind ? label.replace(new RegExp(`\\s*\\([^()]*${MUTUALISATION_LABELS[kind]}[^()]*\\)$`, 'i'), '') : label;
  return {
    id: roomId(
      'mutualisation',
      kept.map((f) => f.id),
    ),
    synergyId: s.id,
    kind: 'mutualisation',
    family: s.family,
    fluxIds: kept.map((f) => f.id),
    companyIds,
    names: members,
    what,
    // Three names at most: a wall sentence stays on two lines (the report lists them all).
    sentence: `${head} — ${lowered(what)} : ${listNames(members, 3)}`,
    score: s.score,
    computedAt: s.computedAt,
  };
}

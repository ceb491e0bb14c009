// The projector's map follows the room rule: a confidential flux draws no line and changes nothing
// the map shows (it draws exactly as if the flux never existed), a group is drawn between its
// participants only, and a company outside the room is never placed.
import { describe, expect, it } from 'vitest';
import type { Flux, Synergy } from '../../../src/domain';
import { roomMap } from '../../../src/domain/map/room-map';
import { roomSynergies } from '../../../src/domain/workshop-room';
import { company, flux } from '../../fixtures/matching';

const a = company('co-a', 'Menuiserie Morel', 0);
const b = company('co-b', 'Imprimerie Bertin', 3);
const c = company('co-c', 'Hors de la salle', 6);
const d = company('co-d', 'Sans adresse', null);
const participants = [a, b, d];

function synergy(id: string, kind: Synergy['kind'], members: Flux[]): Synergy {
  return {
    id,
    kind,
    family: members[0]!.family,
    resourceCodes: [members[0]!.resourceCode],
    fluxIds: members.map((f) => f.id),
    companyIds: [...new Set(members.map((f) => f.companyId))],
    territoryIds: ['dijon-metropole'],
    score: 80,
    scoreParts: { resource: 100, quantity: 50, distance: 50, timing: 100 },
    distanceKm: 3,
    explanation: members.map((f) => f.companyId).join(' → '),
    computedAt: 0,
  };
}

const cartons = flux('f-cartons', 'co-a', 'mat.cardboard', 'offer', { confidential: true });
const cartonsIn = flux('f-cartons-in', 'co-b', 'mat.cardboard', 'need');
const pallets = flux('f-pallets', 'co-a', 'mat.wood-pallets', 'offer');
const palletsIn = flux('f-pallets-in', 'co-b', 'mat.wood-pallets', 'need');
const power = [flux('f-e-a', 'co-a', 'nrj.electricity', 'need'), flux('f-e-b', 'co-b', 'nrj.electricity', 'need', { confidential: true })];
const powerC = flux('f-e-c', c.id, 'nrj.electricity', 'need');
const powerD = flux('f-e-d', 'co-d', 'nrj.electricity', 'need');
const all = [cartons, cartonsIn, pallets, palletsIn, ...power, powerC, powerD];
const synergies = [
  synergy('sub-cartons', 'substitution', [cartons, cartonsIn]),
  synergy('sub-pallets', 'substitution', [pallets, palletsIn]),
  synergy('mut-power', 'mutualisation', [...power, powerC, powerD]),
];

const drawn = (fluxes: Flux[], syns: Synergy[]) => roomMap(participants, roomSynergies(participants, fluxes, syns));

describe('the projector map', () => {
  it('draws no line for a confidential flux and places nobody outside the room', () => {
    const map = drawn(all, synergies);
    expect(map.companies.features.map((f) => f.properties.id).sort()).toEqual(['co-a', 'co-b']);
    expect(map.unplaced).toEqual(['Sans adresse']);
    expect(map.synergies.features.map((f) => f.properties.kind)).toEqual(['substitution']);
    // The shown sentence is the room's, built from the shown flux: no confidential resource in it.
    expect(map.synergies.features[0]!.properties.label).toMatch(/palettes/i);
    expect(JSON.stringify(map)).not.toMatch(/carton|Hors de la salle|co-c/i);
  });

  it('draws exactly as the room where the confidential flux never existed', () => {
    const open = all.filter((f) => !f.confidential);
    const never = synergies
      .map((s) => ({ ...s, fluxIds: s.fluxIds.filter((id) => open.some((f) => f.id === id)) }))
      .filter((s) => s.fluxIds.length >= 2);
    expect(drawn(all, synergies)).toEqual(drawn(open, never));
  });

  it('draws a group between its participants only, once two of them share it openly', () => {
    const shared = [flux('f-e-a', 'co-a', 'nrj.electricity', 'need'), flux('f-e-b', 'co-b', 'nrj.electricity', 'need'), powerC];
    const map = drawn(shared, [synergy('mut-power', 'mutualisation', shared)]);
    expect(map.synergies.features).toHaveLength(1);
    const line = map.synergies.features[0]!;
    expect(line.properties.kind).toBe('mutualisation');
    // Two members in the room: a plain line between them, not a star reaching the outsider.
    expect(line.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [a.location!.lon, a.location!.lat],
        [b.location!.lon, b.location!.lat],
      ],
    });
  });
});

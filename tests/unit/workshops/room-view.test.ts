// The projector's picture of the room: counters, synergies between participants, and nothing of
// a confidential flux — not its quantity, not even that the company has it.
import { describe, expect, it } from 'vitest';
import type { Synergy } from '../../../src/domain';
import { roomView } from '../../../src/ui/workshops/room-view';
import { company, flux } from '../../fixtures/matching';

const a = company('co-a', 'Cartonnages Morel', 0);
const b = company('co-b', 'Imprimerie Bertin', 2);
const c = company('co-c', 'Fonderie Lefort', 4);

function synergy(id: string, fluxIds: string[], companyIds: string[], computedAt = 1): Synergy {
  return {
    id,
    kind: 'substitution',
    family: 'materials',
    resourceCodes: ['mat.cardboard'],
    fluxIds,
    companyIds,
    territoryIds: ['dijon-metropole'],
    score: 80,
    scoreParts: { resource: 100, quantity: 50, distance: 90, timing: 100 },
    distanceKm: 2,
    explanation: 'phrase',
    computedAt,
  };
}

describe('room view', () => {
  const allFlux = [
    flux('f1', 'co-a', 'mat.cardboard', 'offer'),
    flux('f2', 'co-b', 'mat.cardboard', 'need'),
    flux('f3', 'co-c', 'mat.scrap-metal', 'offer', { confidential: true, quantity: 12, unit: 't' }),
    flux('f4', 'co-b', 'mat.scrap-metal', 'need'),
    flux('f5', 'co-x', 'mat.cardboard', 'need'),
  ];
  const synergies = [
    synergy('sub:1', ['f1', 'f2'], ['co-a', 'co-b']),
    synergy('sub:2', ['f3', 'f4'], ['co-c', 'co-b']),
    synergy('sub:3', ['f1', 'f5'], ['co-a', 'co-x']),
  ];

  it('counts participants and their shown offers and needs', () => {
    const view = roomView([a, b, c], allFlux, synergies);
    expect(view.companies).toBe(3);
    // f3 is confidential: not counted; f5 belongs to a company that is not in the room.
    expect(view.offers).toBe(1);
    expect(view.needs).toBe(2);
  });

  it('shows synergies between participants only, never one with a confidential flux', () => {
    const view = roomView([a, b, c], allFlux, synergies);
    expect(view.synergies.map((s) => s.synergyId)).toEqual(['sub:1']);
    expect(view.synergies[0]!.sentence).toBe('Cartonnages Morel → Imprimerie Bertin : cartons et emballages carton');
    const id = view.synergies[0]!.id;
    expect(view.links).toEqual([{ id: `${id}:1`, synergyId: id, from: 'co-a', to: 'co-b', kind: 'substitution' }]);
    expect(JSON.stringify(view)).not.toContain('co-x');
    expect(JSON.stringify(view)).not.toContain('Scierie');
    expect(view.groups.flatMap((g) => g.companyIds).sort()).toEqual(['co-a', 'co-b', 'co-c']);
  });
});

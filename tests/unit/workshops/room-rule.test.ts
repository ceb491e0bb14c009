// The room rule on random workshops: whatever the territory holds, what the wall draws never shows,
// counts or implies a confidential flux, never names a company outside the room, and a group with a
// confidential member reads exactly as if that member's flux did not exist.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flux, Synergy } from '../../../src/domain';
import { roomSynergies } from '../../../src/domain/workshop-room';
import { roomView } from '../../../src/ui/workshops/room-view';
import { company, flux } from '../../fixtures/matching';

const RESOURCES = ['mat.cardboard', 'mat.wood-pallets', 'nrj.electricity'] as const;

interface Territory {
  companies: ReturnType<typeof company>[];
  participants: ReturnType<typeof company>[];
  flux: Flux[];
  synergies: Synergy[];
}

function synergy(kind: Synergy['kind'], members: Flux[], score: number, i: number): Synergy {
  return {
    id: `syn-${kind}-${i}`,
    kind,
    family: members[0]!.family,
    resourceCodes: [...new Set(members.map((f) => f.resourceCode))],
    fluxIds: members.map((f) => f.id),
    companyIds: [...new Set(members.map((f) => f.companyId))],
    territoryIds: ['dijon-metropole'],
    score,
    scoreParts: { resource: 100, quantity: 50, distance: 50, timing: 100 },
    distanceKm: 3,
    explanation: `Phrase du moteur : ${members.map((f) => f.companyId).join(', ')}`,
    computedAt: i,
  };
}

/** Companies « Entreprise-k » (names never contain one another), some in the room, flux and synergies among all. */
const territories: fc.Arbitrary<Territory> = fc
  .record({
    n: fc.integer({ min: 2, max: 12 }),
    inRoom: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    flux: fc.array(
      fc.record({
        company: fc.nat(11),
        resource: fc.constantFrom(...RESOURCES),
        direction: fc.constantFrom('offer' as const, 'need' as const),
        confidential: fc.boolean(),
        deleted: fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
        quantity: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
      }),
      { minLength: 2, maxLength: 30 },
    ),
    groups: fc.array(
      fc.record({
        kind: fc.constantFrom('substitution' as const, 'mutualisation' as const),
        members: fc.uniqueArray(fc.nat(29), { minLength: 2, maxLength: 8 }),
        score: fc.integer({ min: 0, max: 100 }),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ n, inRoom, flux: specs, groups }) => {
    const companies = Array.from({ length: n }, (_, k) => company(`co-${k}`, `Entreprise-${String.fromCharCode(65 + k)}x`, k));
    const participants = companies.filter((_, k) => inRoom[k]);
    const all = specs.map((s, i) =>
      flux(`flux-${i}`, `co-${s.company % n}`, s.resource, s.direction, {
        confidential: s.confidential,
        deleted: s.deleted,
        ...(s.quantity ? { quantity: s.quantity, unit: 't', period: 'year' } : {}),
      }),
    );
    const synergies = groups
      .map((g, i) => ({ g, i, members: g.members.filter((m) => m < all.length).map((m) => all[m]!) }))
      .filter(({ members }) => members.length >= 2)
      .map(({ g, i, members }) => synergy(g.kind, g.kind === 'substitution' ? members.slice(0, 2) : members, g.score, i));
    return { companies, participants, flux: all, synergies };
  });

/** The same territory where the confidential flux never existed: gone from the data and from every synergy. */
function withoutConfidential(t: Territory): Territory {
  const hidden = new Set(t.flux.filter((f) => f.confidential).map((f) => f.id));
  const synergies = t.synergies
    .map((s) => ({ ...s, fluxIds: s.fluxIds.filter((id) => !hidden.has(id)) }))
    .filter((s) => s.fluxIds.length >= 2);
  return { ...t, flux: t.flux.filter((f) => !hidden.has(f.id)), synergies };
}

describe('what a room may see (property)', () => {
  it('never draws a confidential flux, a deleted one, or a company outside the room', () => {
    fc.assert(
      fc.property(territories, (t) => {
        const view = roomView(t.participants, t.flux, t.synergies);
        const drawn = JSON.stringify({ ...view, names: [...view.names] });
        const inRoom = new Set(t.participants.map((p) => p.id));
        const shown = t.flux.filter((f) => !f.deleted && !f.confidential && inRoom.has(f.companyId));
        for (const f of t.flux) if (!shown.includes(f)) expect(drawn).not.toContain(`"${f.id}"`);
        for (const c of t.companies)
          if (!inRoom.has(c.id)) {
            expect(drawn).not.toContain(c.name);
            expect(drawn).not.toContain(`"${c.id}"`);
          }
        // Counters count what is shown and nothing else.
        expect(view.offers).toBe(shown.filter((f) => f.direction === 'offer').length);
        expect(view.needs).toBe(shown.filter((f) => f.direction === 'need').length);
        for (const s of view.synergies) {
          expect(s.companyIds.length).toBeGreaterThanOrEqual(2);
          for (const id of s.companyIds) expect(inRoom.has(id)).toBe(true);
        }
        for (const l of view.links) expect(inRoom.has(l.from) && inRoom.has(l.to)).toBe(true);
        for (const id of view.groups.flatMap((g) => g.companyIds)) expect(inRoom.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('draws a room with confidential flux exactly as the room where they never existed', () => {
    fc.assert(
      fc.property(territories, (t) => {
        const plain = withoutConfidential(t);
        const strip = (s: ReturnType<typeof roomSynergies>[number]) => ({ ...s, synergyId: undefined });
        expect(roomSynergies(t.participants, t.flux, t.synergies).map(strip)).toEqual(
          roomSynergies(plain.participants, plain.flux, plain.synergies).map(strip),
        );
        const a = roomView(t.participants, t.flux, t.synergies);
        const b = roomView(plain.participants, plain.flux, plain.synergies);
        expect({ ...a, synergies: a.synergies.map(strip) }).toEqual({ ...b, synergies: b.synergies.map(strip) });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the referent’s reading (property)', () => {
  it('keeps confidential flux, marks exactly the synergies holding one, and still names only participants', () => {
    fc.assert(
      fc.property(territories, (t) => {
        const inRoom = new Set(t.participants.map((p) => p.id));
        const byId = new Map(t.flux.map((f) => [f.id, f]));
        const read = roomSynergies(t.participants, t.flux, t.synergies, 'referent');
        for (const s of read) {
          for (const id of s.companyIds) expect(inRoom.has(id)).toBe(true);
          const members = s.fluxIds.map((id) => byId.get(id)!);
          expect(members.every((f) => !f.deleted)).toBe(true);
          expect(s.confidential === true).toBe(members.some((f) => f.confidential));
          const confiding = members.filter((f) => f.confidential).map((f) => t.companies.find((c) => c.id === f.companyId)!.name);
          expect([...(s.confidentialNames ?? [])].sort()).toEqual([...new Set(confiding)].sort());
        }
        for (const c of t.companies) if (!inRoom.has(c.id)) expect(JSON.stringify(read)).not.toContain(c.name);
        // What the room sees is the referent's reading without the marked synergies' confidential flux.
        expect(roomSynergies(t.participants, t.flux, t.synergies).some((s) => s.confidential)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what a room may see (cases)', () => {
  const a = company('co-a', 'Cartonnages Morel', 0);
  const b = company('co-b', 'Imprimerie Bertin', 1);
  const c = company('co-c', 'Fonderie Lefort', 2);
  const d = company('co-d', 'Garage Dupont', 3);
  const power = ['co-a', 'co-b', 'co-c', 'co-d', 'co-x'].map((id, i) =>
    flux(`e-${id}`, id, 'nrj.electricity', 'need', { confidential: i === 2 }),
  );
  const group = synergy('mutualisation', power, 70, 1);

  it('shows a group for its other participants when one member is confidential, without naming outsiders', () => {
    const [s] = roomSynergies([a, b, c, d], power, [group]);
    expect(s!.names).toEqual(['Cartonnages Morel', 'Imprimerie Bertin', 'Garage Dupont']);
    expect(s!.sentence).toBe('Achat groupé — électricité : Cartonnages Morel, Imprimerie Bertin et Garage Dupont');
    expect(s!.sentence).not.toMatch(/Fonderie|Scierie/);
    expect(s!.distanceKm).toBeUndefined();
  });

  it('drops a group left with one participant, and a substitution with a confidential side', () => {
    expect(roomSynergies([a, c], power, [group])).toEqual([]);
    const offer = flux('o1', 'co-a', 'mat.cardboard', 'offer', { quantity: 3, unit: 't', period: 'month' });
    const need = flux('n1', 'co-b', 'mat.cardboard', 'need', { confidential: true });
    expect(roomSynergies([a, b], [offer, need], [synergy('substitution', [offer, need], 80, 2)])).toEqual([]);
    const open = { ...need, confidential: false };
    const [s] = roomSynergies([a, b], [offer, open], [synergy('substitution', [offer, open], 80, 2)]);
    expect(s!.sentence).toBe('Cartonnages Morel → Imprimerie Bertin : cartons et emballages carton (3 t/mois)');
    expect(s!.distanceKm).toBe(3);
  });

  it('does not depend on who else is in the room: a confidential flux of a company seated elsewhere stays hidden', () => {
    // The old rule only knew the participants' confidential flux; an outsider's leaked through a group.
    const inOtherRoom = roomSynergies([a, b], power, [group]);
    expect(inOtherRoom[0]!.names).toEqual(['Cartonnages Morel', 'Imprimerie Bertin']);
  });
});

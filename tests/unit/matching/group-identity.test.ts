// A decision on a group sticks: a mutualisation keeps its id when companies join or leave it, and a
// substitution keeps its id when its flux are edited; a decision's snapshot finds its group again.
import { describe, expect, it } from 'vitest';
import {
  ONE_GROUP_PER_TERRITORY,
  findResource,
  groupIdsCoveredBy,
  type Company,
  type Flux,
  type Synergy,
  type SynergySnapshot,
} from '../../../src/domain';
import { SCOPES } from '../../../src/matching/scope';
import { MatchEngine } from '../../../src/matching/engine';
import { synergyId } from '../../../src/matching/synergy-id';
import { company, flux } from '../../fixtures/matching';
import { match, options } from './match-both';

const pallets = (id: string, companyId: string) => flux(id, companyId, 'mat.wood-pallets', 'offer', { quantity: 10, unit: 'pallet' });
const groups = (synergies: Synergy[]) => synergies.filter((s) => s.kind === 'mutualisation');

function snapshotOf(s: Synergy, companies: Company[]): SynergySnapshot {
  return {
    kind: s.kind,
    family: s.family,
    resourceCodes: s.resourceCodes,
    fluxIds: s.fluxIds,
    companies: s.companyIds.map((id) => ({ id, name: id, territoryId: companies.find((c) => c.id === id)!.territoryId })),
    explanation: s.explanation,
  };
}

const a = company('a', 'Alpha', 0);
const b = company('b', 'Bêta', 2);
const c = company('c', 'Gamma', 4);
// Flux ids are time-ordered (UUIDv7): the newcomer's flux is newer than the others'.
const fa = pallets('01-a', 'a');
const fb = pallets('02-b', 'b');
const fc = pallets('03-c', 'c');

describe('a collection round keeps its identity', () => {
  it('when a third company records the same resource (full run and incremental update agree)', () => {
    const [before] = groups(match([a, b], [fa, fb]));
    const [after] = groups(match([a, b, c], [fa, fb, fc]));
    expect(after!.companyIds).toEqual(['a', 'b', 'c']);
    expect(after!.id).toBe(before!.id);

    const engine = new MatchEngine(options);
    engine.load({ companies: [a, b], flux: [fa, fb] });
    const diff = engine.updateCompany('c', c, [fc]);
    expect(diff.removed).toEqual([]);
    expect(diff.upserted.map((s) => [s.id, s.companyIds])).toEqual([[before!.id, ['a', 'b', 'c']]]);
  });

  it('when a member other than the oldest leaves, and the leaving is reported as an update of the group', () => {
    const [before] = groups(match([a, b, c], [fa, fb, fc]));
    const engine = new MatchEngine(options);
    engine.load({ companies: [a, b, c], flux: [fa, fb, fc] });
    const diff = engine.updateCompany('c', c, []);
    expect(diff.removed).toEqual([]);
    expect(diff.upserted.map((s) => [s.id, s.companyIds])).toEqual([[before!.id, ['a', 'b']]]);
  });

  it('changes id when its oldest member leaves, and the decision’s snapshot still covers the rest', () => {
    const [before] = groups(match([a, b, c], [fa, fb, fc]));
    const [after] = groups(match([b, c], [fb, fc]));
    expect(after!.id).not.toBe(before!.id);
    expect(groupIdsCoveredBy(snapshotOf(before!, [a, b, c]))).toContain(after!.id);
  });

  it('covers both parts of a split, its own part first', () => {
    const far = company('d', 'Delta', 30);
    const farther = company('e', 'Epsilon', 32);
    const fd = pallets('04-d', 'd');
    const fe = pallets('05-e', 'e');
    // Reach widened: one round when B sits between them, two when it leaves.
    const wide = (f: Flux) => ({ ...f, maxDistanceKm: 100 });
    const [one] = groups(match([a, b], [fa, fb]));
    const parts = groups(match([a, b, far, farther], [fa, fb, fd, fe].map(wide)));
    expect(parts).toHaveLength(2);
    // Decided when all four were one round, then B's neighbours drifted apart.
    const all = [a, b, far, farther];
    const decided = { ...snapshotOf(one!, all), fluxIds: ['01-a', '02-b', '04-d', '05-e'] };
    const covered = groupIdsCoveredBy({ ...decided, companies: all.map((x) => ({ id: x.id, name: x.name, territoryId: x.territoryId })) });
    expect(covered[0]).toBe(one!.id);
    for (const part of parts) expect(covered).toContain(part.id);
  });

  it('is found again from a follow-up opened under the old ids (sorted flux ids hashed)', () => {
    const [before] = groups(match([a, b], [fa, fb]));
    const legacyId = synergyId('mutualisation', before!.fluxIds);
    expect(legacyId).not.toBe(before!.id);
    const [after] = groups(match([a, b, c], [fa, fb, fc]));
    expect(groupIdsCoveredBy(snapshotOf(before!, [a, b]))[0]).toBe(after!.id);
  });

  it('differs between resources and territories (what is shared, and where)', () => {
    const [palletRound] = groups(match([a, b], [fa, fb]));
    const cardboard = [flux('01-a', 'a', 'mat.cardboard', 'offer'), flux('02-b', 'b', 'mat.cardboard', 'offer')];
    const other = (x: Company) => ({ ...x, territoryId: 'beaune' });
    const [cardboardRound] = groups(match([a, b], cardboard));
    const [elsewhere] = groups(match([other(a), other(b)], [fa, fb]));
    expect(new Set([palletRound!.id, cardboardRound!.id, elsewhere!.id]).size).toBe(3);
  });
});

describe('a group purchase', () => {
  it('keeps one id for the territory whoever joins or leaves', () => {
    const electricity = (id: string, companyId: string) => flux(id, companyId, 'nrj.electricity', 'need', { quantity: 100, unit: 'MWh' });
    const far = company('z', 'Zêta', 60);
    const [two] = groups(match([a, b], [electricity('01-a', 'a'), electricity('02-b', 'b')]));
    const [three] = groups(match([b, c, far], [electricity('02-b', 'b'), electricity('03-c', 'c'), electricity('00-z', 'z')]));
    expect(three!.companyIds).toEqual(['b', 'c', 'z']);
    expect(three!.id).toBe(two!.id);
  });
});

describe('a substitution', () => {
  it('keeps its id when its flux are edited (quantity, description), not when one is replaced', () => {
    const offer = flux('f-offer', 'a', 'mat.cardboard', 'offer', { quantity: 12, unit: 't', period: 'year' });
    const need = flux('f-need', 'b', 'mat.cardboard', 'need', { quantity: 10, unit: 't', period: 'year' });
    const [before] = match([a, b], [offer, need]).filter((s) => s.kind === 'substitution');
    const engine = new MatchEngine(options);
    engine.load({ companies: [a, b], flux: [offer, need] });
    const editedOffer: Flux = { ...offer, quantity: 40, label: 'Cartons pliés', description: 'Cartons propres, sans agrafes' };
    const edited = engine.updateCompany('a', a, [editedOffer]);
    expect(edited.removed).toEqual([]);
    expect(edited.upserted.map((s) => s.id)).toEqual([before!.id]);
    const replaced = engine.updateCompany('a', a, [{ ...offer, id: 'f-offer-2' }]);
    expect(replaced.removed).toEqual([before!.id]);
  });
});

describe('the shared identity rule', () => {
  it('knows the kinds of sharing the matcher groups once per territory (no anchor)', () => {
    for (const [kind, scope] of Object.entries(SCOPES)) {
      expect([kind, ONE_GROUP_PER_TERRITORY.has(kind as keyof typeof SCOPES)]).toEqual([kind, scope.rule === 'territory']);
    }
    expect(findResource('nrj.electricity')?.mutualisation).toBe('group-purchase');
  });
});

// A decision on a group sticks: set aside when two companies shared pallets, it stays set aside
// (out of « À traiter », same follow-up) when a third joins, and so does one opened under the
// former group ids.
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { withSearchKey, type SynergiesDB } from '../../../src/db/database';
import { changeStatus, decidedSynergyIds, followupOfSynergy, openFollowup } from '../../../src/db/followups';
import type { Company, Synergy } from '../../../src/domain';
import { MatchEngine } from '../../../src/matching/engine';
import { synergyId } from '../../../src/matching/synergy-id';
import { useSyncStore } from '../../../src/sync/storage';
import { freshDatabase } from '../../fixtures/db';
import { REFERENT } from '../../fixtures/followups';
import { company, flux } from '../../fixtures/matching';

const a = company('a', 'Alpha', 0);
const b = company('b', 'Bêta', 2);
const c = company('c', 'Gamma', 4);
const pallets = (id: string, companyId: string) => flux(id, companyId, 'mat.wood-pallets', 'offer');

function round(companies: Company[]): Synergy {
  const engine = new MatchEngine({ topN: 5, now: 1 });
  engine.load({ companies, flux: companies.map((x, i) => pallets(`0${i}-${x.id}`, x.id)) });
  return engine.synergies().find((s) => s.kind === 'mutualisation')!;
}

let db: SynergiesDB;
let stores = 0;
beforeEach(async () => {
  db = await freshDatabase();
  useSyncStore(createStore(`group-decision-${++stores}`, 'keyval'));
  for (const x of [a, b, c]) await db.companies.put(withSearchKey(x));
});

describe('a pallet round set aside', () => {
  it('stays set aside, with the same follow-up, when a third company records pallets', async () => {
    const before = round([a, b]);
    const opened = await openFollowup(before, REFERENT);
    await changeStatus(opened.id, 'rejected', REFERENT, { rejection: { reason: 'no-interest' } });

    const after = round([a, b, c]);
    expect(after.companyIds).toEqual(['a', 'b', 'c']);
    expect(await decidedSynergyIds()).toContain(after.id);
    expect((await followupOfSynergy(after))?.id).toBe(opened.id);
    // Deciding again from the group's page reaches the same record, never a second one.
    expect((await openFollowup(after, REFERENT)).id).toBe(opened.id);
    expect(await db.followups.count()).toBe(1);
  });

  it('comes back to « À traiter » once reopened', async () => {
    const opened = await openFollowup(round([a, b]), REFERENT);
    await changeStatus(opened.id, 'rejected', REFERENT, { rejection: { reason: 'no-interest' } });
    await changeStatus(opened.id, 'proposed', REFERENT);
    expect(await decidedSynergyIds()).not.toContain(round([a, b, c]).id);
  });

  it('is found from a follow-up opened under the former ids (hash of the member flux)', async () => {
    const before = round([a, b]);
    const legacy = { ...before, id: synergyId('mutualisation', before.fluxIds) };
    const opened = await openFollowup(legacy, REFERENT);
    await changeStatus(opened.id, 'on-hold', REFERENT);
    const after = round([a, b, c]);
    expect(await decidedSynergyIds()).toContain(after.id);
    expect((await followupOfSynergy(after))?.id).toBe(opened.id);
  });

  it('does not cover another resource’s round of the same companies', async () => {
    const opened = await openFollowup(round([a, b]), REFERENT);
    await changeStatus(opened.id, 'rejected', REFERENT, { rejection: { reason: 'no-interest' } });
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load({ companies: [a, b], flux: [flux('00-a', 'a', 'mat.cardboard', 'offer'), flux('01-b', 'b', 'mat.cardboard', 'offer')] });
    const cardboard = engine.synergies().find((s) => s.kind === 'mutualisation')!;
    expect(await decidedSynergyIds()).not.toContain(cardboard.id);
    expect(await followupOfSynergy(cardboard)).toBeUndefined();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createStore } from 'idb-keyval';
import type { SynergiesDB } from '../../../src/db/database';
import { withSearchKey } from '../../../src/db/database';
import {
  addNote,
  changeStatus,
  countByStatus,
  createManualSynergy,
  currentActor,
  deleteFollowup,
  restoreFollowup,
  decidedSynergyIds,
  followupOfSynergy,
  getFollowup,
  listFollowups,
  openFollowup,
  setChecks,
  setGains,
  setNextAction,
  setStudy,
} from '../../../src/db/followups';
import { CompanySchema, followupIdOf, type Synergy } from '../../../src/domain';
import { FOLLOWUP_LIMITS } from '../../../src/domain/followup-limits';
import { useSyncStore, writeKey } from '../../../src/sync/storage';
import { freshDatabase } from '../../fixtures/db';
import { ADVISOR, ANIMATOR, FONDERIE_REF, MENUISERIE_REF, REFERENT, SAND_SYNERGY } from '../../fixtures/followups';

let db: SynergiesDB;
let storeCount = 0;
beforeEach(async () => {
  db = await freshDatabase();
  useSyncStore(createStore(`followup-sync-${++storeCount}`, 'keyval'));
  for (const ref of [FONDERIE_REF, MENUISERIE_REF]) {
    const company = CompanySchema.parse({ ...ref, siret: '', createdAt: 1, updatedAt: 1 });
    await db.companies.put(withSearchKey(company));
  }
});

const synergy = (n: number, companyIds = [FONDERIE_REF.id, MENUISERIE_REF.id]): Synergy => ({
  ...SAND_SYNERGY,
  id: `sub:${n.toString(16).padStart(16, '0')}`,
  companyIds,
});

describe('opening a follow-up', () => {
  it('creates it Proposée with a snapshot, the companies’ territories, and queues it for sync', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    expect(f).toMatchObject({ id: followupIdOf(SAND_SYNERGY.id), synergyId: SAND_SYNERGY.id, status: 'proposed', origin: 'matching' });
    expect(f.territoryIds).toEqual(['cu-creusot-montceau', 'dijon-metropole']);
    expect(f.snapshot.companies.map((c) => c.name)).toEqual(['Fonderie du Creusot', 'Menuiserie Bois & Cie']);
    expect(f.history).toEqual([expect.objectContaining({ from: null, to: 'proposed', by: REFERENT.id })]);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ table: 'followups', recordId: f.id, op: 'upsert', baseRev: 0 });
  });

  it('is idempotent: opening twice gives the same record', async () => {
    const a = await openFollowup(SAND_SYNERGY, REFERENT);
    const b = await openFollowup(SAND_SYNERGY, ADVISOR);
    expect(b).toEqual(a);
    expect(await db.followups.count()).toBe(1);
  });

  it('outlives its synergy: it never reads synergy rows, and keeps its snapshot', async () => {
    // Synergies are not stored anywhere on the device: the follow-up holds all it needs.
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await db.companies.update(FONDERIE_REF.id, { name: 'Fonderie renommée' });
    const kept = await followupOfSynergy(SAND_SYNERGY.id);
    expect(kept?.id).toBe(f.id);
    expect(kept?.snapshot.companies[0]?.name).toBe('Fonderie du Creusot');
    expect(kept?.snapshot.explanation).toBe(SAND_SYNERGY.explanation);
  });
});

describe('status, notes and roles', () => {
  it('a referent retains then rejects with a reason; the history keeps every step', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await changeStatus(f.id, 'retained', REFERENT, { comment: 'À étudier avec la CCI' });
    const rejected = await changeStatus(f.id, 'rejected', REFERENT, { rejection: { reason: 'insufficient-quantity' } });
    expect(rejected.rejection?.reason).toBe('insufficient-quantity');
    expect(rejected.history.map((h) => h.to)).toEqual(['proposed', 'retained', 'rejected']);
    expect((await getFollowup(f.id))?.status).toBe('rejected');
  });

  it('an advisor’s status change is refused in French and nothing is written', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await expect(changeStatus(f.id, 'retained', ADVISOR)).rejects.toThrow(/Seuls les référents et les administrateurs/);
    await expect(setGains(f.id, 'realisedGains', { tonnesDiverted: 3 }, ANIMATOR)).rejects.toThrow(/gains réalisés/);
    await expect(setNextAction(f.id, { text: 'Appeler' }, ADVISOR)).rejects.toThrow(/prochaine action/);
    expect((await getFollowup(f.id))?.status).toBe('proposed');
  });

  it('an advisor adds a note; an empty note is refused', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    const after = await addNote(f.id, 'Le gérant est intéressé', ADVISOR);
    expect(after.notes).toEqual([expect.objectContaining({ text: 'Le gérant est intéressé', by: ADVISOR.id, byName: ADVISOR.name })]);
    await expect(addNote(f.id, '   ', ADVISOR)).rejects.toThrow('La note est vide');
  });

  it('says on the device when a person reaches the notes limit the server holds, and never stops the referent', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    const full = Array.from({ length: FOLLOWUP_LIMITS.notesPerAuthor }, (_, i) => ({
      id: `n-${i}`,
      at: i,
      by: ADVISOR.id,
      byName: ADVISOR.name,
      text: `note ${i}`,
    }));
    await db.followups.update(f.id, { notes: full });
    await expect(addNote(f.id, 'Encore une', ADVISOR)).rejects.toThrow(
      `Limite atteinte : ${FOLLOWUP_LIMITS.notesPerAuthor} notes par personne sur un suivi`,
    );
    expect((await addNote(f.id, 'Décision prise', REFERENT)).notes).toHaveLength(FOLLOWUP_LIMITS.notesPerAuthor + 1);
  });

  it('rejecting without a reason is refused', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await expect(changeStatus(f.id, 'rejected', REFERENT)).rejects.toThrow('Un motif est requis');
  });

  it('sets and clears the next action; clearing travels as null so the server learns it', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    const [created] = await db.outbox.toArray();
    await db.outbox.update(created!.seq!, { sentAt: 1 });
    await db.followups.update(f.id, { rev: 4 });
    await setNextAction(f.id, { text: 'Visite commune', dueDate: '2026-12-01', assigneeId: 'u-referent' }, REFERENT);
    expect((await getFollowup(f.id))?.nextAction).toMatchObject({ text: 'Visite commune', dueDate: '2026-12-01' });
    await setNextAction(f.id, undefined, REFERENT);
    expect((await getFollowup(f.id))?.nextAction).toBeUndefined();
    const pending = (await db.outbox.toArray()).find((e) => e.sentAt === undefined);
    expect(pending?.patch.nextAction).toBeNull();
  });

  it('sets gains, study and checks', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await setGains(f.id, 'expectedGains', { tonnesDiverted: 40, co2: { factorId: 'steel-scrap', quantity: 40 } }, REFERENT);
    await setStudy(f.id, { technical: 'ok' }, REFERENT);
    const after = await setChecks(f.id, { byProduct: 'todo' }, REFERENT);
    expect(after.expectedGains).toMatchObject({ tonnesDiverted: 40, co2: { factorId: 'steel-scrap', quantity: 40 } });
    expect(after.study).toEqual({ technical: 'ok', economic: 'todo', regulatory: 'todo' });
    expect(after.checks.byProduct).toBe('todo');
    await expect(setGains(f.id, 'expectedGains', { mwh: -1 }, REFERENT)).rejects.toThrow(/négative/);
  });
});

describe('manual synergies', () => {
  it('an animator records one; it starts Proposée with origin manual', async () => {
    const f = await createManualSynergy(
      {
        kind: 'mutualisation',
        family: 'materials',
        resourceCodes: ['mat.wood-pallets'],
        companyIds: [FONDERIE_REF.id, MENUISERIE_REF.id],
        text: 'Collecte commune de palettes',
      },
      ANIMATOR,
    );
    expect(f.synergyId).toMatch(/^man:/);
    expect(f).toMatchObject({ origin: 'manual', status: 'proposed', createdBy: ANIMATOR.id });
    expect(f.snapshot.explanation).toBe('Collecte commune de palettes');
    expect(await followupOfSynergy(f.synergyId)).toEqual(f);
  });

  it('refuses an unknown resource, an unknown company or a single company', async () => {
    const base = {
      kind: 'substitution' as const,
      family: 'materials' as const,
      resourceCodes: ['mat.wood-pallets'],
      companyIds: [FONDERIE_REF.id, MENUISERIE_REF.id],
    };
    await expect(createManualSynergy({ ...base, resourceCodes: ['mat.nope'] }, REFERENT)).rejects.toThrow('Ressource inconnue');
    await expect(createManualSynergy({ ...base, companyIds: [FONDERIE_REF.id, 'co-x'] }, REFERENT)).rejects.toThrow(
      'Entreprise introuvable',
    );
    await expect(createManualSynergy({ ...base, companyIds: [FONDERIE_REF.id] }, REFERENT)).rejects.toThrow('au moins deux entreprises');
  });
});

describe('reads by index', () => {
  beforeEach(async () => {
    for (let n = 1; n <= 6; n++) await openFollowup(synergy(n), REFERENT);
    await changeStatus(followupIdOf(synergy(1).id), 'retained', REFERENT);
    await changeStatus(followupIdOf(synergy(2).id), 'rejected', REFERENT, { rejection: { reason: 'too-far' } });
    await changeStatus(followupIdOf(synergy(3).id), 'retained', REFERENT);
    await setNextAction(followupIdOf(synergy(3).id), { text: 'Relancer', dueDate: '2026-11-30', assigneeId: 'u-b' }, REFERENT);
    await setNextAction(followupIdOf(synergy(4).id), { text: 'Relancer', dueDate: '2027-02-01', assigneeId: 'u-b' }, REFERENT);
  });

  it('counts per status', async () => {
    const counts = await countByStatus();
    expect(counts).toMatchObject({ proposed: 3, retained: 2, rejected: 1, connected: 0 });
    expect(await countByStatus({ territoryIds: ['cc-grand-charolais'] })).toMatchObject({ proposed: 0, retained: 0 });
  });

  it('counts per status following the assignee and due-date filters', async () => {
    expect(await countByStatus({ dueBefore: '2026-12-31' })).toMatchObject({ retained: 1, proposed: 0, rejected: 0 });
    expect(await countByStatus({ assigneeId: 'u-b' })).toMatchObject({ retained: 1, proposed: 1, rejected: 0 });
    expect(await countByStatus({ assigneeId: 'u-b', territoryIds: ['cc-grand-charolais'] })).toMatchObject({ retained: 0, proposed: 0 });
  });

  it('pages with a total, filtered by status, assignee, due date and territory', async () => {
    const page = await listFollowups({ offset: 0, limit: 4 });
    expect(page.items).toHaveLength(4);
    expect(page.total).toBe(6);
    expect((await listFollowups({ offset: 4, limit: 4 })).items).toHaveLength(2);
    const retained = await listFollowups({ statuses: ['retained'], offset: 0, limit: 10 });
    expect(retained.items.map((f) => f.synergyId).sort()).toEqual([synergy(1).id, synergy(3).id]);
    expect((await listFollowups({ assigneeId: 'u-b', offset: 0, limit: 10 })).total).toBe(2);
    const due = await listFollowups({ dueBefore: '2026-12-31', offset: 0, limit: 10 });
    expect(due.items.map((f) => f.synergyId)).toEqual([synergy(3).id]);
    expect((await listFollowups({ territoryIds: ['dijon-metropole'], statuses: ['proposed'] })).total).toBe(3);
    expect((await listFollowups({ territoryIds: ['cc-grand-charolais'] })).total).toBe(0);
  });

  it('sorts by due date, undated last', async () => {
    const items = (await listFollowups({ sort: 'due', limit: 3 })).items;
    expect(items.map((f) => f.nextAction?.dueDate)).toEqual(['2026-11-30', '2027-02-01', undefined]);
  });

  it('gives decided synergy ids (anything but Proposée by default) and Écartée ones on demand', async () => {
    expect([...(await decidedSynergyIds())].sort()).toEqual([synergy(1).id, synergy(2).id, synergy(3).id].sort());
    expect([...(await decidedSynergyIds(['rejected']))]).toEqual([synergy(2).id]);
  });

  it('reports a row that no longer fits the schema instead of failing the page', async () => {
    await db.followups.put({ ...(await getFollowup(followupIdOf(synergy(5).id)))!, status: 'bogus' as never });
    const page = await listFollowups({ territoryIds: ['dijon-metropole'] });
    expect(page.items).toHaveLength(5);
    expect(page.invalid).toHaveLength(1);
  });
});

describe('who acts', () => {
  it('is the device, with full rights, when nobody signed in; the stored user otherwise', async () => {
    const device = await currentActor();
    expect(device.role).toBeNull();
    expect(device.id).toMatch(/^[0-9a-f-]{36}$/);
    await writeKey('session', {
      token: 't'.repeat(30),
      expired: true,
      user: { id: 'u1', email: 'a@b.fr', name: 'Rémi', role: 'referent', territoryIds: [] },
    });
    expect(await currentActor()).toEqual({ id: 'u1', name: 'Rémi', role: 'referent' });
  });
});

describe('deleting', () => {
  it('a referent deletes a follow-up as a tombstone and undoes it; an advisor may not', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await expect(deleteFollowup(f.id, ADVISOR)).rejects.toThrow('Seuls les référents et les administrateurs peuvent supprimer un suivi');
    await deleteFollowup(f.id, REFERENT);
    expect(await getFollowup(f.id)).toBeUndefined();
    expect((await listFollowups()).total).toBe(0);
    await expect(addNote(f.id, 'trop tard', REFERENT)).rejects.toThrow('Ce suivi a été supprimé');
    await restoreFollowup(f.id, REFERENT);
    expect((await getFollowup(f.id))?.status).toBe('proposed');
  });

  it('opening a deleted follow-up again brings it back', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await deleteFollowup(f.id, REFERENT);
    expect((await openFollowup(SAND_SYNERGY, REFERENT)).deleted).toBe(false);
    expect(await getFollowup(f.id)).toBeDefined();
  });
});

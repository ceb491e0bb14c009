// The outbox reaches the server exactly once, whatever the network does.
import { beforeEach, describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import { pullChanges } from '../../../src/sync/pull';
import { pushOutbox } from '../../../src/sync/push';
import { company, freshDevice, setup } from './helpers';

let ctx: ReturnType<typeof setup>;
beforeEach(() => {
  ctx = setup();
});

const push = (batch?: number) => pushOutbox(ctx.transport, ctx.token, 'device-a', batch);

describe('pushing the outbox', () => {
  it('sends new records and empties the outbox; the rev waits for the pull', async () => {
    const created = await createCompany(company());
    const result = await push();
    expect(result).toEqual({ ok: true, value: { applied: 1, conflicts: 0, rejected: 0, companyIds: expect.any(Array) } });
    expect(await db().outbox.count()).toBe(0);
    expect((await db().companies.get(created.id))?.rev).toBe(0);
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    const stored = await db().companies.get(created.id);
    expect(stored?.rev).toBe(ctx.server.record('companies', created.id)?.rev);
    expect(stored?.rev).toBeGreaterThan(0);
    expect(await db().outbox.count()).toBe(0);
    expect(ctx.server.record('companies', created.id)?.record).toMatchObject({ name: 'Fonderie Durand' });
    expect(ctx.server.record('companies', created.id)?.record).not.toHaveProperty('nameKey');
  });

  it('marks entries sent before they leave, and keeps them frozen when the network fails', async () => {
    await createCompany(company());
    ctx.server.offline = 1;
    const result = await push();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('Serveur injoignable');
    const [entry] = await db().outbox.toArray();
    expect(entry?.sentAt).toBeTypeOf('number');
  });

  it('resends the same mutation ids after a lost reply, and the server applies them once', async () => {
    const created = await createCompany(company());
    ctx.server.loseReplies = 1;
    expect((await push()).ok).toBe(false);
    const frozen = await db().outbox.toArray();
    expect(frozen).toHaveLength(1);
    // An edit made meanwhile goes into a new entry: the frozen one is never changed.
    await updateCompany(created.id, { notes: 'après coupure' });
    expect(await db().outbox.count()).toBe(2);
    expect((await db().outbox.get(frozen[0]!.seq!))?.patch).toEqual(frozen[0]!.patch);

    const result = await push();
    expect(result.ok).toBe(true);
    expect(ctx.server.pushes[1]!.mutations[0]!.mutationId).toBe(frozen[0]!.mutationId);
    expect(ctx.server.seen.size).toBe(2);
    expect(await db().outbox.count()).toBe(0);
    expect(ctx.server.record('companies', created.id)?.record.notes).toBe('après coupure');
  });

  it('sends in batches, oldest first', async () => {
    for (let i = 0; i < 5; i++) await createCompany(company(`Entreprise ${i}`));
    expect((await push(2)).ok).toBe(true);
    expect(ctx.server.pushes.map((p) => p.mutations.length)).toEqual([2, 2, 1]);
    expect(ctx.server.pushes[0]!.mutations.map((m) => m.patch.name)).toEqual(['Entreprise 0', 'Entreprise 1']);
  });

  it('keeps a refused change aside with its reason and goes on with the others', async () => {
    await createCompany(company('Hors territoire', 'cc-grand-charolais'));
    const ok = await createCompany(company('Dans le territoire'));
    const result = await push();
    expect(result).toEqual({ ok: true, value: { applied: 1, conflicts: 0, rejected: 1, companyIds: expect.any(Array) } });
    const [kept] = await db().outbox.toArray();
    expect(kept?.rejectedAt).toBeTypeOf('number');
    expect(kept?.error).toBe('Territoire non autorisé pour ce compte');
    // The code, not the sentence, decides the ways out offered on « Synchronisation ».
    expect(kept?.errorCode).toBe('territory-forbidden');
    expect(ctx.server.record('companies', ok.id)).toBeDefined();
    // Not resent by the next push.
    await push();
    expect(ctx.server.pushes).toHaveLength(1);
  });

  it('keeps aside every change of a push the server refuses whole (403)', async () => {
    await createCompany(company('Hors territoire', 'cc-grand-charolais'));
    const result = await push();
    expect(result).toEqual({ ok: true, value: { applied: 0, conflicts: 0, rejected: 1, companyIds: expect.any(Array) } });
    const [kept] = await db().outbox.toArray();
    expect(kept).toMatchObject({ error: 'Territoire non autorisé pour ce compte', errorCode: 'territory-forbidden' });
    expect(kept?.rejectedAt).toBeTypeOf('number');
  });

  it('turns a 401 into an expired-session error', async () => {
    await createCompany(company());
    const result = await pushOutbox(ctx.transport, 'bad-token-xxxxxxxxxxxxxxxxxx', 'device-a');
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: 'unauthorized', message: 'Session expirée, reconnectez-vous' });
    expect(await db().outbox.count()).toBe(1);
  });

  it('never lets an edit made between a push and the next pull overwrite a colleague’s unseen change', async () => {
    const created = await createCompany(company());
    await push();
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    const deviceB = freshDevice();
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    await updateCompany(created.id, { notes: 'notes de B' });
    await pushOutbox(ctx.transport, ctx.token, 'device-b');

    ctx.device.use();
    await updateCompany(created.id, { zone: 'ZAE Nord' });
    await push(); // applied after B's notes, which this device has not pulled yet
    await updateCompany(created.id, { notes: 'notes de A' });
    const result = await push();
    expect(result).toEqual({ ok: true, value: { applied: 0, conflicts: 1, rejected: 0, companyIds: expect.any(Array) } });
    const [conflict] = await db().conflicts.toArray();
    expect(conflict).toMatchObject({ fields: ['notes'], local: { notes: 'notes de A' } });
    expect(conflict?.server.notes).toBe('notes de B');
    deviceB.use();
  });
});

// Two advisors change the same field offline: both versions are kept until one is chosen.
import { beforeEach, describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import { listConflicts, resolveConflict } from '../../../src/sync/conflicts';
import { pullChanges } from '../../../src/sync/pull';
import { pushOutbox } from '../../../src/sync/push';
import { company, freshDevice, setup } from './helpers';

let ctx: ReturnType<typeof setup>;
beforeEach(() => {
  ctx = setup();
});

/** A and B both change the name (and B the notes) of a shared company; A pushes first. */
async function conflictOnName() {
  const created = await createCompany(company());
  await pushOutbox(ctx.transport, ctx.token, 'device-a');
  const deviceB = freshDevice();
  await pullChanges(ctx.transport, ctx.token, ctx.user.id);
  await updateCompany(created.id, { name: 'Nom choisi par B', notes: 'notes de B' });
  ctx.device.use();
  await updateCompany(created.id, { name: 'Nom choisi par A' });
  await pushOutbox(ctx.transport, ctx.token, 'device-a');
  deviceB.use();
  const result = await pushOutbox(ctx.transport, ctx.token, 'device-b');
  return { created, result };
}

describe('conflicts', () => {
  it('are stored with both versions; the record shows the server’s, other fields merge', async () => {
    const { created, result } = await conflictOnName();
    expect(result).toEqual({ ok: true, value: { applied: 0, conflicts: 1, rejected: 0, companyIds: expect.any(Array) } });
    expect(await db().outbox.count()).toBe(0);
    const [conflict] = await listConflicts();
    expect(conflict).toMatchObject({ table: 'companies', recordId: created.id, fields: ['name'], local: { name: 'Nom choisi par B' } });
    expect(conflict?.server.name).toBe('Nom choisi par A');
    const stored = await db().companies.get(created.id);
    expect(stored).toMatchObject({ name: 'Nom choisi par A', notes: 'notes de B', nameKey: 'nom choisi par a' });
    expect(stored?.rev).toBe(ctx.server.rev);
    expect(ctx.server.record('companies', created.id)?.record.notes).toBe('notes de B');
  });

  it('are resolved through the normal write path, so the choice syncs', async () => {
    const { created } = await conflictOnName();
    const [conflict] = await listConflicts();
    await resolveConflict(conflict!.id, { name: 'local' });
    expect(await db().conflicts.count()).toBe(0);
    const [entry] = await db().outbox.toArray();
    expect(entry).toMatchObject({ recordId: created.id, baseRev: ctx.server.rev, patch: { name: 'Nom choisi par B' } });
    expect((await db().companies.get(created.id))?.name).toBe('Nom choisi par B');
    await pushOutbox(ctx.transport, ctx.token, 'device-b');
    expect(ctx.server.record('companies', created.id)?.record.name).toBe('Nom choisi par B');
  });

  it('choosing the server’s version queues nothing', async () => {
    await conflictOnName();
    const [conflict] = await listConflicts();
    await resolveConflict(conflict!.id, { name: 'server' });
    expect(await db().conflicts.count()).toBe(0);
    expect(await db().outbox.count()).toBe(0);
  });

  it('refuse an invalid combination with a readable message and keep the conflict', async () => {
    const { created } = await conflictOnName();
    const [conflict] = await listConflicts();
    await db().conflicts.update(conflict!.id, { local: { name: 'X' } });
    await expect(resolveConflict(conflict!.id, { name: 'local' })).rejects.toThrow(/Raison sociale/);
    expect(await db().conflicts.count()).toBe(1);
    expect((await db().companies.get(created.id))?.name).toBe('Nom choisi par A');
  });
});

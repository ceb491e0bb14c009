// Colleagues' changes come down without overwriting what was typed here and not yet sent.
import { beforeEach, describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import { addFlux } from '../../../src/db/flux';
import { forgetPullCursors, pullChanges, readCursor } from '../../../src/sync/pull';
import { wipeLocalData } from '../../../src/exchange';
import { pushOutbox } from '../../../src/sync/push';
import { advisor, company, freshDevice, setup } from './helpers';

let ctx: ReturnType<typeof setup>;
beforeEach(() => {
  ctx = setup();
});

/** Device A records a company with a flux and pushes it; returns to a fresh device B. */
async function colleagueRecords() {
  const created = await createCompany(company());
  const flux = await addFlux(created.id, 'mat.cardboard', 'offer', { quantity: 3 });
  expect((await pushOutbox(ctx.transport, ctx.token, 'device-a')).ok).toBe(true);
  const deviceB = freshDevice();
  return { created, flux, deviceB };
}

describe('pulling changes', () => {
  it('stores colleagues’ records without queueing them back, and advances the cursor', async () => {
    const { created, flux } = await colleagueRecords();
    const result = await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    expect(result).toEqual({ ok: true, value: { received: 2, invalid: 0, removed: 0, companyIds: expect.any(Array) } });
    expect(await db().outbox.count()).toBe(0);
    const stored = await db().companies.get(created.id);
    expect(stored).toMatchObject({ name: 'Fonderie Durand', nameKey: 'fonderie durand', rev: 1 });
    expect((await db().flux.get(flux.id))?.quantity).toBe(3);
    expect(await readCursor(ctx.user.id)).toBe(ctx.server.rev);
  });

  it('pages until the server has nothing more, moving the cursor page by page', async () => {
    for (let i = 0; i < 5; i++) await createCompany(company(`Entreprise ${i}`));
    await pushOutbox(ctx.transport, ctx.token, 'device-a');
    freshDevice();
    const progress: Array<{ received: number; remaining: number }> = [];
    const result = await pullChanges(ctx.transport, ctx.token, ctx.user.id, 2, (p) => progress.push(p));
    expect(result.ok && result.value.received).toBe(5);
    // What a first sync shows: « 2 / 5 », then « 4 / 5 ».
    expect(progress).toEqual([
      { received: 2, remaining: 3 },
      { received: 4, remaining: 1 },
    ]);
    expect(await db().companies.count()).toBe(5);
    expect(await readCursor(ctx.user.id)).toBe(5);
    // Nothing new: the next pull asks from the cursor and gets nothing.
    const again = await pullChanges(ctx.transport, ctx.token, ctx.user.id, 2);
    expect(again.ok && again.value.received).toBe(0);
  });

  it('keeps the fields typed offline and takes the colleague’s other fields', async () => {
    const { created, deviceB } = await colleagueRecords();
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    // B edits the notes offline…
    await updateCompany(created.id, { notes: 'vu le directeur' });
    // …while A renames the company.
    const deviceA = ctx.device;
    deviceA.use();
    await updateCompany(created.id, { name: 'Fonderie Durand & Fils' });
    await pushOutbox(ctx.transport, ctx.token, 'device-a');
    deviceB.use();
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    const stored = await db().companies.get(created.id);
    expect(stored).toMatchObject({ name: 'Fonderie Durand & Fils', notes: 'vu le directeur', nameKey: 'fonderie durand fils' });
    const pending = await db().outbox.toArray();
    expect(pending).toHaveLength(1);
    expect(pending[0]?.patch.notes).toBe('vu le directeur');
  });

  it('shows nothing of another territory', async () => {
    await colleagueRecords();
    const stranger = advisor('bob', ['cc-grand-charolais']);
    const result = await pullChanges(ctx.transport, ctx.server.tokenFor(stranger), stranger.id);
    expect(result.ok && result.value.received).toBe(0);
    expect(await db().companies.count()).toBe(0);
  });

  it('applies deletions as tombstones', async () => {
    const { created, deviceB } = await colleagueRecords();
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    ctx.device.use();
    const { deleteCompany } = await import('../../../src/db/companies');
    await deleteCompany(created.id);
    await pushOutbox(ctx.transport, ctx.token, 'device-a');
    deviceB.use();
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    expect((await db().companies.get(created.id))?.deleted).toBe(true);
    expect(await db().outbox.count()).toBe(0);
  });

  it('brings everything down again after the device was wiped', async () => {
    const { created } = await colleagueRecords();
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    await wipeLocalData();
    await forgetPullCursors();
    expect(await readCursor(ctx.user.id)).toBe(0);
    const result = await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    expect(result).toEqual({ ok: true, value: { received: 2, invalid: 0, removed: 0, companyIds: expect.any(Array) } });
    expect((await db().companies.get(created.id))?.name).toBe('Fonderie Durand');
  });
});

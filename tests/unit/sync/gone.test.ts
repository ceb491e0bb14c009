// A company moved to a territory this advisor does not see leaves the device: its copy, its flux and
// visits go, nothing is sent back, and an edit still waiting is kept aside with the reason.
import { beforeEach, describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import { addFlux } from '../../../src/db/flux';
import { GONE_MESSAGE } from '../../../src/sync/local-apply';
import { pullChanges } from '../../../src/sync/pull';
import { pushOutbox } from '../../../src/sync/push';
import { company, setup } from './helpers';

let ctx: ReturnType<typeof setup>;
beforeEach(() => {
  ctx = setup();
});

const sync = async () => {
  await pushOutbox(ctx.transport, ctx.token, 'device-a');
  return pullChanges(ctx.transport, ctx.token, ctx.user.id);
};

describe('a company moved to another territory', () => {
  it('is removed from the device with its flux, without queuing anything for the server', async () => {
    const moved = await createCompany(company('Scierie du Morvan'));
    const kept = await createCompany(company('Fonderie Durand'));
    const flux = await addFlux(moved.id, 'mat.cardboard', 'offer', { quantity: 3 });
    await sync();
    expect(await db().outbox.count()).toBe(0);

    ctx.server.moveCompany(moved.id, 'cc-grand-charolais');
    const pulled = await pullChanges(ctx.transport, ctx.token, ctx.user.id);

    expect(pulled).toEqual({ ok: true, value: expect.objectContaining({ removed: 2 }) });
    expect(await db().companies.get(moved.id)).toBeUndefined();
    expect(await db().flux.get(flux.id)).toBeUndefined();
    expect(await db().companies.get(kept.id)).toBeDefined();
    expect(await db().outbox.count()).toBe(0);
  });

  it('keeps an unsent edit of it aside as a refused change, with a clear reason', async () => {
    const moved = await createCompany(company('Scierie du Morvan'));
    await sync();
    await updateCompany(moved.id, { notes: 'visite du 12 : chaudière bois' });

    ctx.server.moveCompany(moved.id, 'cc-grand-charolais');
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);

    expect(await db().companies.get(moved.id)).toBeUndefined();
    const [entry] = await db().outbox.toArray();
    expect(entry).toMatchObject({
      recordId: moved.id,
      error: GONE_MESSAGE,
      patch: expect.objectContaining({ notes: 'visite du 12 : chaudière bois' }),
    });
    expect(entry!.rejectedAt).toBeTypeOf('number');
    // Refused changes are not resent: the next push sends nothing.
    const before = ctx.server.pushes.length;
    await pushOutbox(ctx.transport, ctx.token, 'device-a');
    expect(ctx.server.pushes.length).toBe(before);
  });

  it('comes back when moved back to a territory of the user', async () => {
    const moved = await createCompany(company('Scierie du Morvan'));
    await sync();
    ctx.server.moveCompany(moved.id, 'cc-grand-charolais');
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    ctx.server.moveCompany(moved.id, 'dijon-metropole');
    await pullChanges(ctx.transport, ctx.token, ctx.user.id);
    expect(await db().companies.get(moved.id)).toMatchObject({ name: 'Scierie du Morvan', territoryId: 'dijon-metropole' });
  });
});

// One cycle at a time, push then pull, retried with backoff, with a status the UI can show.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import { createSyncEngine } from '../../../src/sync/engine';
import { login } from '../../../src/sync/session';
import { company, setup } from './helpers';

let ctx: ReturnType<typeof setup>;
beforeEach(async () => {
  ctx = setup();
  await login(ctx.transport, 'alice@cci.test', 'secret-password');
});

describe('sync engine', () => {
  it('pushes then pulls, and reports the last sync', async () => {
    await createCompany(company());
    const engine = createSyncEngine({ transport: ctx.transport, now: () => 1_000 });
    await engine.syncNow();
    expect(engine.status.get()).toMatchObject({ pending: 0, inProgress: false, lastSyncAt: 1_000, lastError: undefined });
    expect(ctx.server.records.size).toBe(1);
  });

  it('hands a company sent in a cycle whose park step failed to the next cycle’s park step', async () => {
    const sent = await createCompany(company());
    const seen: string[][] = [];
    let fail = true;
    const engine = createSyncEngine({
      transport: ctx.transport,
      setTimer: () => () => undefined,
      reference: async (_user, touched) => {
        seen.push([...touched.companyIds]);
        if (fail) return { ok: false, error: { kind: 'network', message: 'Serveur injoignable' } };
        return { ok: true, value: undefined };
      },
    });
    await engine.syncNow();
    fail = false;
    await engine.syncNow();
    await engine.syncNow();
    expect(seen).toEqual([[sent.id], [sent.id], []]);
  });

  it('runs one cycle at a time, and one more when asked during a cycle', async () => {
    const engine = createSyncEngine({ transport: ctx.transport });
    const pushes = vi.spyOn(ctx.transport, 'pull');
    const first = engine.syncNow();
    const second = engine.syncNow();
    const third = engine.syncNow();
    expect(second).toBe(first);
    expect(third).toBe(first);
    await first;
    expect(pushes).toHaveBeenCalledTimes(2);
  });

  it('retries after a network failure with a growing delay, then succeeds', async () => {
    await createCompany(company());
    ctx.server.offline = 2;
    const timers: { run: () => void; ms: number }[] = [];
    const engine = createSyncEngine({
      transport: ctx.transport,
      random: () => 0,
      now: () => 0,
      setTimer: (run, ms) => {
        const timer = { run, ms };
        timers.push(timer);
        return () => timers.splice(timers.indexOf(timer) >>> 0, 1);
      },
    });
    await engine.syncNow();
    expect(engine.status.get()).toMatchObject({ lastError: 'Serveur injoignable', pending: 1, nextRetryAt: 1_000 });
    expect(timers.map((t) => t.ms)).toEqual([1_000]);
    timers[0]!.run();
    await engine.whenIdle();
    expect(timers.map((t) => t.ms)).toEqual([2_000]);
    timers[0]!.run();
    await engine.whenIdle();
    expect(engine.status.get().lastError).toBeUndefined();
    expect(engine.attempt).toBe(0);
    expect(timers).toHaveLength(0);
    expect(await db().outbox.count()).toBe(0);
  });
});

describe('sync engine while the server is down', () => {
  it('does not push its return further away with every card typed meanwhile', async () => {
    await createCompany(company());
    ctx.server.offline = 100;
    const timers: { run: () => void; ms: number }[] = [];
    const engine = createSyncEngine({
      transport: ctx.transport,
      random: () => 0,
      now: () => 0,
      setTimer: (run, ms) => {
        const timer = { run, ms };
        timers.push(timer);
        return () => timers.splice(timers.indexOf(timer) >>> 0, 1);
      },
    });
    // Ten cards typed during the outage: each write starts a cycle, which fails at once.
    for (let i = 0; i < 10; i++) await engine.syncNow();
    expect(timers.map((t) => t.ms)).toEqual([2_000]);
    // Only the retries themselves lengthen the wait.
    timers[0]!.run();
    await engine.whenIdle();
    timers[0]!.run();
    await engine.whenIdle();
    expect(timers.map((t) => t.ms)).toEqual([4_000]);
  });
});

describe('sync engine offline', () => {
  it('skips a cycle quietly while the browser is offline', async () => {
    await createCompany(company());
    let online = false;
    const engine = createSyncEngine({ transport: ctx.transport, isOnline: () => online });
    await engine.syncNow();
    expect(engine.status.get().lastError).toBeUndefined();
    expect(engine.status.get().nextRetryAt).toBeUndefined();
    expect(ctx.server.pushes).toHaveLength(0);
    online = true;
    await engine.syncNow();
    expect(ctx.server.pushes).toHaveLength(1);
  });
});

// One bad change never holds back the rest of a device's outbox: it is isolated, kept aside with
// the server's reason, and the others sync.
import { beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import type { OutboxEntry } from '../../../src/db/outbox-entry';
import { toMutation } from '../../../src/sync/batch';
import { pushOutbox } from '../../../src/sync/push';
import { company, setup } from './helpers';

let ctx: ReturnType<typeof setup>;
beforeEach(() => {
  ctx = setup();
});

describe('a poison change in the outbox', () => {
  it('is isolated when the server refuses the batch whole; the other five companies are stored', async () => {
    const names = ['Alpha', 'Bravo', 'Charlie', 'Poison', 'Delta', 'Echo'];
    for (const name of names) await createCompany(company(`Fonderie ${name}`));
    ctx.server.poison = (m) => String(m.patch.name).includes('Poison');

    const result = await pushOutbox(ctx.transport, ctx.token, 'device-a');

    expect(result).toEqual({ ok: true, value: { applied: 5, conflicts: 0, rejected: 1, companyIds: expect.any(Array) } });
    const stored = [...ctx.server.records.values()].map((s) => s.record.name).sort();
    expect(stored).toEqual(['Fonderie Alpha', 'Fonderie Bravo', 'Fonderie Charlie', 'Fonderie Delta', 'Fonderie Echo']);
    const left = await db().outbox.toArray();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({
      patch: expect.objectContaining({ name: 'Fonderie Poison' }),
      error: 'Texte illisible dans la modification',
    });
    expect(left[0]!.rejectedAt).toBeTypeOf('number');
  });

  it('does not come back in the next push once kept aside', async () => {
    await createCompany(company('Fonderie Poison'));
    ctx.server.poison = (m) => String(m.patch.name).includes('Poison');
    await pushOutbox(ctx.transport, ctx.token, 'device-a');
    const pushesBefore = ctx.server.pushes.length;
    await createCompany(company('Fonderie Saine'));
    expect(await pushOutbox(ctx.transport, ctx.token, 'device-a')).toEqual({
      ok: true,
      value: { applied: 1, conflicts: 0, rejected: 0, companyIds: expect.any(Array) },
    });
    expect(ctx.server.pushes.slice(pushesBefore).flatMap((p) => p.mutations.map((m) => m.patch.name))).toEqual(['Fonderie Saine']);
  });
});

describe('the mutation sent', () => {
  const entry = (patch: Record<string, unknown>): OutboxEntry => ({
    mutationId: '0190a3c4-1111-7000-8000-000000000001',
    table: 'companies',
    recordId: 'co-1',
    recordKey: 'companies:co-1',
    op: 'upsert',
    patch,
    baseRev: 3,
    createdAt: 1,
  });

  it('carries no NUL and no lone surrogate, even in nested fields', () => {
    const m = toMutation(entry({ notes: 'collé\u0000 d’un PDF \ud83d', contact: { name: 'Jo\u0000', role: '\udc00x' } }));
    expect(m.patch).toEqual({ notes: 'collé d’un PDF \uFFFD', contact: { name: 'Jo', role: '\uFFFDx' } });
  });

  it('carries only the table’s own fields (no search key, no junk)', () => {
    const m = toMutation(entry({ name: 'Fonderie', nameKey: 'fonderie', junk: 1, updatedAt: 5 }));
    expect(m.patch).toEqual({ name: 'Fonderie', updatedAt: 5 });
  });
});

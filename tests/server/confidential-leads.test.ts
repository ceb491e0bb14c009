// A lead carrying a confidential flux reaches the referents of its territory, not the other
// accounts (an animator or an advisor of the same territory); a lead without one reaches everyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import type { PullResponse } from '../../src/domain/sync-protocol';
import type { Role } from '../../src/domain/user';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/users-repo';
import { company, create, flux, uniqueId } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ sql: store.sql, log: () => undefined });
  for (const [who, role] of [
    ['referent', 'referent'],
    ['animator', 'animator'],
    ['advisor', 'advisor'],
  ] as [string, Role][]) {
    await createUser(store.sql, { email: `${who}@cci.fr`, name: who, role, territoryIds: ['dijon-metropole'], password: 'correct horse' });
    const res = await app.request(API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${who}@cci.fr`, password: 'correct horse' }),
    });
    tokens[who] = ((await res.json()) as { token: string }).token;
  }
});
afterAll(() => store.dispose());

const headers = (who: string) => ({ authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' });
async function push(who: string, mutations: unknown[]) {
  const res = await app.request(API_ROUTES.push, {
    method: 'POST',
    headers: headers(who),
    body: JSON.stringify({ clientId: `device-${who}`, mutations }),
  });
  expect(res.status).toBe(200);
}
async function leadIds(who: string): Promise<string[]> {
  const res = await app.request(`${API_ROUTES.pull}?since=0&limit=500`, { headers: headers(who) });
  return ((await res.json()) as PullResponse).changes.filter((c) => c.table === 'followups').map((c) => String(c.record.id));
}

function lead(fluxIds: string[], companies: Record<string, unknown>[]) {
  const id = uniqueId('sub');
  return {
    id,
    synergyId: `sub:${id}`,
    origin: 'workshop',
    territoryIds: ['dijon-metropole'],
    status: 'proposed',
    snapshot: {
      kind: 'substitution',
      family: 'materials',
      resourceCodes: ['mat.scrap-metal'],
      fluxIds,
      companies: companies.map((c) => ({ id: c.id, name: c.name, territoryId: 'dijon-metropole' })),
      explanation: 'Fonderie Lefort a à donner : ferraille, à 2 km d’Imprimerie Bertin.',
    },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    rev: 0,
    deleted: false,
  };
}

describe('leads carrying a confidential flux', () => {
  it('reach referents only', async () => {
    const foundry = company({ territoryId: 'dijon-metropole', name: 'Fonderie Lefort' });
    const printer = company({ territoryId: 'dijon-metropole', name: 'Imprimerie Bertin' });
    const secret = flux(String(foundry.id), { resourceCode: 'mat.scrap-metal', confidential: true });
    const open = flux(String(foundry.id), { resourceCode: 'mat.cardboard' });
    const need = flux(String(printer.id), { resourceCode: 'mat.scrap-metal', direction: 'need' });
    const needCardboard = flux(String(printer.id), { resourceCode: 'mat.cardboard', direction: 'need' });
    const hidden = lead([String(secret.id), String(need.id)], [foundry, printer]);
    const shown = lead([String(open.id), String(needCardboard.id)], [foundry, printer]);
    await push('referent', [
      create('companies', foundry),
      create('companies', printer),
      ...[secret, open, need, needCardboard].map((f) => create('flux', f)),
      create('followups', hidden),
      create('followups', shown),
    ]);
    expect(await leadIds('referent')).toEqual(expect.arrayContaining([hidden.id, shown.id]));
    for (const who of ['animator', 'advisor']) {
      const ids = await leadIds(who);
      expect(ids).toContain(shown.id);
      expect(ids).not.toContain(hidden.id);
    }
  });
});

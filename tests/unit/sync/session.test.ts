// Signing in, staying signed in offline, and an expired token that keeps every local change.
import { beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import { createSyncEngine } from '../../../src/sync/engine';
import { activeSession, continueWithoutAccount, loadSession, login, logout, session } from '../../../src/sync/session';
import { company, setup } from './helpers';

let ctx: ReturnType<typeof setup>;
beforeEach(() => {
  ctx = setup();
});

describe('session', () => {
  it('signs in and is still signed in after a restart', async () => {
    expect((await loadSession()).kind).toBe('none');
    const result = await login(ctx.transport, 'ALICE@cci.test ', 'secret-password');
    expect(result.ok).toBe(true);
    session.set({ state: { kind: 'loading' } });
    const state = await loadSession();
    expect(state).toMatchObject({ kind: 'active', user: { id: 'alice' } });
  });

  it('says plainly when the password is wrong or the server is unreachable', async () => {
    const wrong = await login(ctx.transport, 'alice@cci.test', 'nope');
    expect(wrong.ok ? '' : wrong.error.message).toContain('Identifiants incorrects');
    ctx.server.offline = 1;
    const offline = await login(ctx.transport, 'alice@cci.test', 'secret-password');
    expect(offline.ok ? '' : offline.error.message).toBe('Serveur injoignable');
    const invalid = await login(ctx.transport, 'pas-un-email', 'x');
    expect(invalid.ok ? '' : invalid.error.message).toBe('Adresse e-mail invalide');
  });

  it('an expired token pauses sync but keeps local data and the outbox', async () => {
    await login(ctx.transport, 'alice@cci.test', 'secret-password');
    ctx.server.tokens.clear();
    await createCompany(company());
    const engine = createSyncEngine({ transport: ctx.transport });
    await engine.syncNow();
    expect(session.get().state.kind).toBe('expired');
    expect(engine.status.get().lastError).toBe('Session expirée, reconnectez-vous');
    expect(engine.status.get().nextRetryAt).toBeUndefined();
    expect(await activeSession()).toBeUndefined();
    expect(await db().outbox.count()).toBe(1);
    expect(await db().companies.count()).toBe(1);
    // Signing in again resumes.
    await login(ctx.transport, 'alice@cci.test', 'secret-password');
    await engine.syncNow();
    expect(await db().outbox.count()).toBe(0);
  });

  it('can work without an account, and sign out keeping data', async () => {
    await continueWithoutAccount();
    expect(session.get().state.kind).toBe('guest');
    await login(ctx.transport, 'alice@cci.test', 'secret-password');
    await createCompany(company());
    await logout(ctx.transport);
    expect(session.get().state.kind).toBe('none');
    expect(ctx.server.tokens.size).toBe(0); // revoked on the server
    expect(await db().outbox.count()).toBe(1);
  });
});

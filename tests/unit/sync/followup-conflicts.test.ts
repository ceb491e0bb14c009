// Settling a follow-up's status conflict on the device: the history line it writes, a status that
// never keeps a rejection reason other than « Écartée »'s, and who is told of a colleague's lost status.
import { describe, expect, it } from 'vitest';
import { conflictLine, lastEffectiveMove, openConflicts, type HistoryEntry } from '../../../src/domain';
import { db } from '../../../src/db/database';
import { conflictLineFor, conflictStory, withResolution } from '../../../src/sync/followup-conflicts';
import { applyScope, storeServerRecord } from '../../../src/sync/local-apply';
import { session } from '../../../src/sync/session-state';
import { sampleFollowup } from '../../fixtures/followups';
import { freshDevice } from './helpers';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const move = (id: string, at: number, from: HistoryEntry['from'], to: HistoryEntry['to'], by: string): HistoryEntry => ({
  id,
  at,
  by: `u-${by}`,
  byName: by,
  from,
  to,
  comment: '',
});
const before = [move('open', T0, null, 'proposed', 'Alice Martin'), move('alice', T0 + 2000, 'proposed', 'retained', 'Alice Martin')];
const bob = move('bob', T0 + 1000, 'proposed', 'rejected', 'Bob Bernard');
const line = conflictLine({ id: 'cf', at: T0 + 5000, by: 'u-bob', before, sent: [bob], pushed: 'rejected', kept: 'retained' })!;
const record = { id: 'f1', status: 'retained', history: [...before, bob, line] };
const alice = { id: 'u-alice', name: 'Alice Martin' };

describe('a follow-up status conflict on the device', () => {
  it('finds the conflict line of a lost push and tells it by name', () => {
    expect(conflictLineFor(record, [bob])).toBe('cf');
    expect(conflictStory(record, 'cf')).toEqual({
      lostBy: 'Bob Bernard',
      lostStatus: 'Écartée',
      wonBy: 'Alice Martin',
      keptStatus: 'Retenue (à étudier)',
    });
  });

  it('keeping the kept status writes a resolution line and settles the conflict', () => {
    const next = withResolution({ historyConflictId: 'cf' }, record, { ...record }, alice, T0 + 10_000);
    const history = next.history as HistoryEntry[];
    expect(history.at(-1)).toMatchObject({ kind: 'resolution', resolves: 'cf', from: 'retained', to: 'retained', byName: 'Alice Martin' });
    expect(openConflicts(history)).toEqual([]);
  });

  it('never saves « Retenue » with a rejection reason', () => {
    const mixed = { ...record, status: 'retained', rejection: { reason: 'too-far', text: '' } };
    const next = withResolution({ historyConflictId: 'cf' }, record, mixed, alice, T0 + 10_000);
    expect(next.rejection).toBeUndefined();
    expect(next.status).toBe('retained');
  });

  it('choosing the lost status is a move, and the newest line agrees with the status', () => {
    const chosen = { ...record, status: 'rejected', rejection: { reason: 'too-far', text: '' } };
    // This device's clock is behind the server's: the line still comes last.
    const next = withResolution({ historyConflictId: 'cf' }, record, chosen, { id: 'u-bob', name: 'Bob Bernard' }, T0);
    const history = next.history as HistoryEntry[];
    expect(history.at(-1)).toMatchObject({ kind: 'resolution', from: 'retained', to: 'rejected' });
    expect(history.at(-1)!.at).toBeGreaterThan(line.at);
    expect(lastEffectiveMove(history)?.to).toBe('rejected');
    expect(next.rejection).toEqual({ reason: 'too-far', text: '' });
  });

  it('an older conflict without a line still gets a history line for the move', () => {
    const old = { id: 'f2', status: 'retained', history: before };
    const next = withResolution({}, old, { ...old, status: 'on-hold' }, alice, T0 + 10_000);
    expect((next.history as HistoryEntry[]).at(-1)).toMatchObject({
      from: 'retained',
      to: 'on-hold',
      comment: 'Conflit de synchronisation résolu',
    });
  });
});

describe('notices of a colleague’s lost status, on pull', () => {
  const user = (role: 'referent' | 'advisor', territoryIds = ['dijon-metropole']) => ({
    id: `u-${role}`,
    email: `${role}@cci.test`,
    name: role,
    role,
    territoryIds,
  });
  const stored = (history: HistoryEntry[]) =>
    sampleFollowup({ id: 'f-notice', status: 'retained', territoryIds: ['dijon-metropole'], history, rev: 3 }) as unknown as Record<
      string,
      unknown
    >;
  const store = (record: Record<string, unknown>) =>
    db().transaction('rw', applyScope(), () => storeServerRecord('followups', record, Number(record.rev)));

  it('tells a referent of the follow-up’s territories, not an advisor nor another territory’s referent', async () => {
    freshDevice();
    session.set({ state: { kind: 'active', token: 't', user: user('advisor') } });
    await store(stored([...before, bob, line]));
    expect(await db().conflicts.count()).toBe(0);
    session.set({ state: { kind: 'active', token: 't', user: user('referent', ['cc-grand-charolais']) } });
    await store(stored([...before, bob, line]));
    expect(await db().conflicts.count()).toBe(0);
    session.set({ state: { kind: 'active', token: 't', user: user('referent') } });
    await store(stored([...before, bob, line]));
    expect(await db().conflicts.toArray()).toMatchObject([{ notice: true, historyConflictId: 'cf', recordId: 'f-notice' }]);
  });

  it('takes the notice away once a colleague’s resolution arrives', async () => {
    freshDevice();
    session.set({ state: { kind: 'active', token: 't', user: user('referent') } });
    await store(stored([...before, bob, line]));
    expect(await db().conflicts.count()).toBe(1);
    const settled = withResolution({ historyConflictId: 'cf' }, record, { ...record }, { id: 'u-bob', name: 'Bob Bernard' }, T0 + 10_000);
    await store(stored(settled.history as HistoryEntry[]));
    expect(await db().conflicts.count()).toBe(0);
  });
});

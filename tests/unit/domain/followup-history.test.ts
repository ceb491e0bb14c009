// The effective-history rule: which status changes took effect (shared by device and server).
import { describe, expect, it } from 'vitest';
import {
  CORRECTION_WINDOW_MS,
  conflictLine,
  effectiveMoves,
  furthestStage,
  lastEffectiveMove,
  openConflicts,
  readHistory,
  resolutionLine,
  type HistoryEntry,
} from '../../../src/domain';
import { computeIndicators } from '../../../src/domain/indicators';
import { E1, E2, E3, EFFECTIVE_FUNNEL, EFFECTIVE_LEADS, EFFECTIVE_REALISED_TONNES, RANGE_2025, T } from '../../fixtures/effective-history';

const T0 = Date.parse('2025-03-01T10:00:00Z');
const move = (id: string, at: number, from: HistoryEntry['from'], to: HistoryEntry['to'], by = 'u-a'): HistoryEntry => ({
  id,
  at,
  by,
  byName: by,
  from,
  to,
  comment: '',
});
const outcomes = (history: HistoryEntry[]) => Object.fromEntries(readHistory(history).map((l) => [l.entry.id, l.outcome.kind]));

describe('the correction window', () => {
  it('marks a move undone within 10 minutes as corrected, and keeps the undo', () => {
    const history = [
      move('a', T0, null, 'proposed'),
      move('b', T0 + 60_000, 'proposed', 'implemented'),
      move('c', T0 + 120_000, 'implemented', 'proposed'),
    ];
    expect(outcomes(history)).toEqual({ a: 'effective', b: 'corrected', c: 'effective' });
    expect(furthestStage({ history, status: 'proposed' }, T0 + 1e9)).toBe(0);
  });

  it('counts a move taken back after the window, and a step forward made quickly', () => {
    const late = [
      move('a', T0, null, 'proposed'),
      move('b', T0 + 1, 'proposed', 'implemented'),
      move('c', T0 + 1 + CORRECTION_WINDOW_MS + 1, 'implemented', 'proposed'),
    ];
    expect(outcomes(late).b).toBe('effective');
    const forward = [
      move('a', T0, null, 'proposed'),
      move('b', T0 + 1000, 'proposed', 'retained'),
      move('c', T0 + 2000, 'retained', 'connected'),
    ];
    expect(outcomes(forward)).toEqual({ a: 'effective', b: 'effective', c: 'effective' });
  });

  it('treats a step back in the pipeline right after a move as its correction', () => {
    const history = [
      move('a', T0, null, 'proposed'),
      move('b', T0 + 1000, 'proposed', 'implemented'),
      move('c', T0 + 5000, 'implemented', 'retained'),
    ];
    expect(outcomes(history)).toEqual({ a: 'effective', b: 'corrected', c: 'effective' });
    expect(furthestStage({ history, status: 'retained' }, T0 + 1e9)).toBe(1);
  });

  it('does not take a rejection right after a move for a correction', () => {
    const history = [
      move('a', T0, null, 'proposed'),
      move('b', T0 + 1000, 'proposed', 'studying'),
      move('c', T0 + 5000, 'studying', 'rejected'),
    ];
    expect(outcomes(history).b).toBe('effective');
  });
});

describe('moves that lost a sync conflict', () => {
  const before = [move('open', T0, null, 'proposed'), move('alice', T0 + 2000, 'proposed', 'retained', 'u-alice')];
  const bobs = [move('bob', T0 + 1000, 'proposed', 'implemented', 'u-bob')];

  it('the server’s conflict line names the lost moves and the kept one, and sorts last', () => {
    const line = conflictLine({
      id: 'cf',
      at: T0,
      by: 'u-bob',
      before,
      sent: [...before.slice(0, 1), ...bobs],
      pushed: 'implemented',
      kept: 'retained',
    })!;
    expect(line).toMatchObject({ kind: 'conflict', lost: ['bob'], won: 'alice', from: 'implemented', to: 'retained', byName: 'u-bob' });
    expect(line.at).toBeGreaterThan(T0 + 2000);
    const history = [...before, ...bobs, line];
    const read = readHistory(history);
    expect(read.map((l) => l.outcome.kind)).toEqual(['effective', 'lost', 'effective', 'conflict']);
    const lost = read[1]!.outcome;
    expect(lost.kind === 'lost' && lost.winner?.id).toBe('alice');
    expect(effectiveMoves(history).map((e) => e.id)).toEqual(['open', 'alice']);
    expect(lastEffectiveMove(history)?.to).toBe('retained');
    expect(furthestStage({ history, status: 'retained' }, T0 + 1e9)).toBe(1);
    expect(openConflicts(history).map((e) => e.id)).toEqual(['cf']);
  });

  it('writes no conflict line when the push carried no new move', () => {
    expect(conflictLine({ id: 'cf', at: T0, by: 'u-bob', before, sent: before, pushed: 'implemented', kept: 'retained' })).toBeUndefined();
  });

  it('never marks a second device’s opening line as lost, only its move', () => {
    const sent = [move('open-bob', T0 + 500, null, 'proposed', 'u-bob'), ...bobs];
    const line = conflictLine({ id: 'cf', at: T0, by: 'u-bob', before, sent, pushed: 'implemented', kept: 'retained' })!;
    expect(line.lost).toEqual(['bob']);
  });

  it('a resolution settles the conflict; choosing the lost status is a move that counts', () => {
    const line = conflictLine({ id: 'cf', at: T0, by: 'u-bob', before, sent: bobs, pushed: 'implemented', kept: 'retained' })!;
    // The device's clock is behind: the resolution still comes after the conflict line.
    const keep = resolutionLine({
      id: 'r1',
      at: T0,
      actor: { id: 'u-alice', name: 'Alice' },
      conflict: line,
      from: 'retained',
      to: 'retained',
    });
    expect(keep.at).toBeGreaterThan(line.at);
    const kept = [...before, ...bobs, line, keep];
    expect(openConflicts(kept)).toEqual([]);
    expect(outcomes(kept).r1).toBe('resolution');
    expect(furthestStage({ history: kept, status: 'retained' }, T0 + 1e9)).toBe(1);

    const mine = resolutionLine({
      id: 'r2',
      at: T0 + 3600_000,
      actor: { id: 'u-bob', name: 'Bob' },
      conflict: line,
      from: 'retained',
      to: 'implemented',
    });
    const chosen = [...before, ...bobs, line, mine];
    expect(outcomes(chosen)).toMatchObject({ bob: 'lost', r2: 'effective' });
    expect(furthestStage({ history: chosen, status: 'implemented' }, T0 + 1e9)).toBe(4);
  });
});

describe('indicators on the device count only effective stages', () => {
  it('three moves to « Mise en œuvre », one stuck: 1 implemented, its gains alone', () => {
    const report = computeIndicators({
      range: RANGE_2025,
      territoryIds: [T],
      programme: false,
      source: 'device',
      companies: [],
      visits: [],
      flux: [],
      workshops: [],
      followups: EFFECTIVE_LEADS,
      accountsKnown: true,
      activity: [],
    });
    expect(report.total.funnel).toEqual(EFFECTIVE_FUNNEL);
    expect(report.total.gains.realised.materials.tonnesDiverted).toBe(EFFECTIVE_REALISED_TONNES);
    expect([E1, E2, E3].map((l) => furthestStage(l, Date.parse('2026-01-01')))).toEqual([4, 1, 1]);
  });
});

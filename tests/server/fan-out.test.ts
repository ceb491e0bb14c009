// The live channel's fan-out in memory: listeners grouped by territories get one shared frame per
// nudge, a group is paced as one, and a listener never hears of a revision older than its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FanOut, NUDGE_INTERVAL_MS, type Listener } from '../../src/server/live/fan-out';

function listener(territoryIds: string[], seenRev = 0, all = false): Listener & { frames: Uint8Array[] } {
  const frames: Uint8Array[] = [];
  return {
    scope: { userId: `u-${territoryIds.join('-')}`, all, territoryIds },
    token: 't',
    expiresAt: Infinity,
    seenRev,
    frames,
    write: (frame) => void frames.push(frame),
    close: () => undefined,
  };
}

const revs = (entries: Record<string, number>) => {
  const byTerritory = new Map(Object.entries(entries));
  return { byTerritory, latest: Math.max(0, ...byTerritory.values()) };
};
const text = (frame: Uint8Array | undefined) => Buffer.from(frame ?? []).toString();

describe('FanOut', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells each group of its own territories only, with one frame shared by its listeners', () => {
    const fan = new FanOut();
    const [a, b, c, admin] = [listener(['dijon']), listener(['dijon']), listener(['creusot']), listener([], 0, true)];
    for (const l of [a, b, c, admin]) fan.add(l);
    fan.tell(revs({ dijon: 7, autun: 9 }));
    expect(text(a.frames[0])).toBe('event: change\ndata: {"rev":7}\nid: 7\n\n');
    expect(b.frames[0]).toBe(a.frames[0]);
    expect(c.frames).toHaveLength(0);
    expect(text(admin.frames[0])).toContain('"rev":9');
  });

  it('paces a group: a burst within the interval ends in one nudge with the latest revision', () => {
    const fan = new FanOut();
    const a = listener(['dijon']);
    fan.add(a);
    fan.tell(revs({ dijon: 1 }));
    fan.tell(revs({ dijon: 2 }));
    fan.tell(revs({ dijon: 3 }));
    expect(a.frames.map(text)).toEqual([expect.stringContaining('"rev":1')]);
    vi.advanceTimersByTime(NUDGE_INTERVAL_MS);
    expect(a.frames.map(text)).toEqual([expect.stringContaining('"rev":1'), expect.stringContaining('"rev":3')]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not tell a listener of a revision it had when it connected, and forgets those removed', () => {
    const fan = new FanOut();
    const early = listener(['dijon'], 2);
    const late = listener(['dijon'], 5);
    fan.add(early);
    fan.add(late);
    fan.tell(revs({ dijon: 4 }));
    expect(early.frames).toHaveLength(1);
    expect(late.frames).toHaveLength(0);
    fan.delete(early);
    fan.delete(late);
    expect(fan.size).toBe(0);
    fan.tell(revs({ dijon: 9 }));
    expect(early.frames).toHaveLength(1);
  });
});

// A pull's pages are fetched ahead of storing them, at most a few ahead, each from the previous
// one's cursor; what arrived meanwhile is taken together; an error comes after the pages before it.
import { describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/domain/sync-protocol';
import { fail, ok, type Result } from '../../../src/sync/errors';
import { PullAhead } from '../../../src/sync/pull-ahead';

const page = (cursor: number, hasMore: boolean, scope = 's1'): PullResponse => ({ changes: [], gone: [], cursor, hasMore, scope });
const settle = () => new Promise((r) => setTimeout(r, 5));

/** A server of `pages` (or an error at the end), recording what was asked. */
function server(pages: Array<PullResponse | 'error'>) {
  const asked: Array<[number, string | undefined]> = [];
  const fetchPage = async (since: number, scope: string | undefined): Promise<Result<PullResponse>> => {
    const next = pages[asked.length];
    asked.push([since, scope]);
    return next === 'error' || next === undefined ? fail({ kind: 'network', message: 'hors ligne' }) : ok(next);
  };
  return { asked, fetchPage };
}

describe('pages fetched ahead', () => {
  it('asks each page from the previous cursor and hands over together what arrived', async () => {
    const { asked, fetchPage } = server([page(10, true), page(20, true), page(30, false)]);
    const ahead = new PullAhead(fetchPage, 0, undefined);
    await settle();
    const taken = await ahead.take();
    expect(taken.ok && taken.value.map((p) => p.page.cursor)).toEqual([10, 20, 30]);
    // The first request had no scope yet; the next ones carry the one the server named.
    expect(asked).toEqual([
      [0, undefined],
      [10, 's1'],
      [20, 's1'],
    ]);
  });

  it('stays at most `ahead` pages in front of what was taken', async () => {
    const { asked, fetchPage } = server([page(1, true), page(2, true), page(3, true), page(4, false)]);
    const ahead = new PullAhead(fetchPage, 0, 's1', 2);
    await settle();
    expect(asked).toHaveLength(2);
    const first = await ahead.take();
    expect(first.ok && first.value.map((p) => p.page.cursor)).toEqual([1, 2]);
    await settle();
    expect(asked).toHaveLength(4);
    const second = await ahead.take();
    expect(second.ok && second.value.map((p) => p.page.cursor)).toEqual([3, 4]);
  });

  it('gives the pages before an error first, then the error', async () => {
    const { fetchPage } = server([page(5, true), 'error']);
    const ahead = new PullAhead(fetchPage, 0, 's1');
    await settle();
    const first = await ahead.take();
    expect(first.ok && first.value.map((p) => p.page.cursor)).toEqual([5]);
    expect(await ahead.take()).toEqual({ ok: false, error: { kind: 'network', message: 'hors ligne' } });
  });

  it('stops on a page that does not move the cursor, instead of asking it forever', async () => {
    const { asked, fetchPage } = server([page(7, true), page(7, true), page(9, false)]);
    const ahead = new PullAhead(fetchPage, 0, 's1');
    await settle();
    const first = await ahead.take();
    expect(first.ok && first.value).toHaveLength(2);
    const second = await ahead.take();
    expect(second.ok).toBe(false);
    expect(asked).toHaveLength(2);
  });
});

// Fetches a pull's pages ahead of storing them: while the device stores what arrived, the next
// pages travel. What arrived meanwhile is stored together (one transaction, one rerun of the
// screens' live queries instead of one per page): a first sync of 32,000 records was bound by
// those reruns, each over everything stored so far.
import { fail, MESSAGES, ok, type Result } from './errors';
import type { PullResponse } from '../domain/sync-protocol';

export type FetchPage = (since: number, scope: string | undefined) => Promise<Result<PullResponse>>;

/** A page and what it was asked with. */
export interface FetchedPage {
  since: number;
  /** The scope the request carried (the one the device's cursor was taken under). */
  asked: string | undefined;
  page: PullResponse;
}

/**
 * Pages are fetched one after the other (each from the previous one's cursor), at most `ahead` of
 * what was taken. `take()` waits for at least one and returns every page arrived, then the error
 * that stopped the fetching, if any, once those before it were taken.
 */
export class PullAhead {
  private readonly arrived: FetchedPage[] = [];
  private failure: Result<never> | undefined;
  private finished = false;
  private wake: (() => void) | undefined;
  private room: (() => void) | undefined;

  constructor(
    private readonly fetchPage: FetchPage,
    since: number,
    scope: string | undefined,
    private readonly ahead = 8,
  ) {
    void this.run(since, scope);
  }

  private async run(since: number, scope: string | undefined): Promise<void> {
    for (;;) {
      while (this.arrived.length >= this.ahead) await new Promise<void>((r) => (this.room = r));
      const response = await this.fetchPage(since, scope);
      if (!response.ok) return this.stop(response);
      const page = response.value;
      this.push({ since, asked: scope, page });
      if (!page.hasMore) return this.stop();
      const rescoped = page.scope !== undefined && page.scope !== scope;
      // A page that does not move the cursor would be asked again forever.
      if (!rescoped && page.cursor <= since) return this.stop(fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse }));
      since = page.cursor;
      if (page.scope !== undefined) scope = page.scope;
    }
  }

  private push(page: FetchedPage) {
    this.arrived.push(page);
    this.wake?.();
  }

  private stop(failure?: Result<never>) {
    this.failure = failure;
    this.finished = true;
    this.wake?.();
  }

  /** Pages arrived (at least one unless fetching stopped), or the error once nothing precedes it. */
  async take(): Promise<Result<FetchedPage[]>> {
    while (this.arrived.length === 0 && !this.finished) await new Promise<void>((r) => (this.wake = r));
    this.wake = undefined;
    const pages = this.arrived.splice(0);
    this.room?.();
    this.room = undefined;
    if (pages.length > 0) return ok(pages);
    return this.failure ?? fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse });
  }
}

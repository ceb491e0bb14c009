// A minimal device for tests and the benchmark: logs in, pushes mutations and pulls changes with fetch.
import { API_ROUTES } from '../../../src/domain/api';
import type { Change, Mutation, MutationResult, PullResponse } from '../../../src/domain/sync-protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}: ${JSON.stringify(body)}`);
  }
}

export class SyncClient {
  private token = '';
  /** Latest pulled copy of each record, by `${table}:${id}`. */
  readonly records = new Map<string, Record<string, unknown>>();
  cursor = 0;

  constructor(
    public baseUrl: string,
    readonly clientId: string,
  ) {}

  private async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(this.baseUrl + path, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
    });
    const body = res.status === 204 ? undefined : await res.json();
    if (!res.ok) throw new HttpError(res.status, body);
    return body as T;
  }

  async login(email: string, password: string): Promise<void> {
    const { token } = await this.call<{ token: string }>(API_ROUTES.login, {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    });
    this.token = token;
  }

  async push(mutations: Mutation[]): Promise<MutationResult[]> {
    const body = JSON.stringify({ clientId: this.clientId, mutations });
    return (await this.call<{ results: MutationResult[] }>(API_ROUTES.push, { method: 'POST', body })).results;
  }

  /** Pulls every page after the cursor; returns the changes received. */
  async pull(limit = 1000): Promise<Change[]> {
    const received: Change[] = [];
    for (;;) {
      const page = await this.call<PullResponse>(`${API_ROUTES.pull}?since=${this.cursor}&limit=${limit}`);
      for (const c of page.changes) this.records.set(`${c.table}:${String(c.record.id)}`, c.record);
      received.push(...page.changes);
      this.cursor = page.cursor;
      if (!page.hasMore) return received;
    }
  }

  record(table: string, id: string): Record<string, unknown> | undefined {
    return this.records.get(`${table}:${id}`);
  }
}

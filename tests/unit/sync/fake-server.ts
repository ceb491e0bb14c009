// An in-memory server implementing the sync contract (login, push with per-field conflicts and
// mutation dedup, pull by cursor scoped to territories), exposed as a fetch function.
import { API_ROUTES } from '../../../src/domain/api';
import type { Change, Gone, Mutation, MutationResult, PushRequest } from '../../../src/domain/sync-protocol';
import type { User } from '../../../src/domain/user';
import type { FetchLike } from '../../../src/sync/transport';

type Row = Record<string, unknown>;
interface Stored {
  table: Change['table'];
  record: Row;
  rev: number;
  /** Per field: the revision and the client that last changed it. */
  fields: Record<string, { rev: number; clientId: string }>;
}

const IGNORED = new Set(['id', 'rev', 'createdAt', 'updatedAt']);

export class FakeServer {
  rev = 0;
  records = new Map<string, Stored>();
  seen = new Map<string, number>();
  users = new Map<string, { password: string; user: User }>();
  tokens = new Map<string, User>();
  pushes: PushRequest[] = [];
  /** Fail the next N requests before they reach the server. */
  offline = 0;
  /** Process the next N pushes, then lose the reply (the client sees a network error). */
  loseReplies = 0;
  /** A push holding a mutation this accepts is refused whole with 400, as an older server would. */
  poison?: (m: Mutation) => boolean;
  /** Records that left a territory (a company moved), pulled as `gone` by that territory's users. */
  exits: (Gone & { territoryId: string })[] = [];

  addUser(user: User, password = 'secret-password'): void {
    this.users.set(user.email, { password, user });
  }

  tokenFor(user: User): string {
    const token = `token-${user.id}-${'x'.repeat(20)}`;
    this.tokens.set(token, user);
    return token;
  }

  record(table: string, id: string): Stored | undefined {
    return this.records.get(`${table}:${id}`);
  }

  private territoryOf(table: string, record: Row): string | undefined {
    if (table === 'companies') return record.territoryId as string | undefined;
    const company = this.records.get(`companies:${String(record.companyId)}`);
    return company?.record.territoryId as string | undefined;
  }

  private apply(m: Mutation, clientId: string, user: User): MutationResult {
    const seen = this.seen.get(m.mutationId);
    if (seen !== undefined) return { mutationId: m.mutationId, status: 'duplicate', rev: seen };
    const key = `${m.table}:${m.recordId}`;
    const existing = this.records.get(key);
    const next: Row = { ...(existing?.record ?? {}), id: m.recordId };
    const territory = this.territoryOf(m.table, { ...next, ...m.patch });
    if (!territory || !user.territoryIds.includes(territory)) {
      return { mutationId: m.mutationId, status: 'rejected', error: 'Territoire non autorisé pour ce compte', code: 'territory-forbidden' };
    }
    const conflicts: string[] = [];
    const changed: string[] = [];
    for (const [field, value] of Object.entries(m.patch)) {
      const last = existing?.fields[field];
      const differs = JSON.stringify(existing?.record[field]) !== JSON.stringify(value);
      if (!IGNORED.has(field) && last && last.rev > m.baseRev && last.clientId !== clientId && differs) conflicts.push(field);
      else {
        next[field] = value;
        if (differs) changed.push(field);
      }
    }
    if (m.op === 'delete') next.deleted = true;
    const rev = ++this.rev;
    const fields = { ...(existing?.fields ?? {}) };
    for (const f of changed) fields[f] = { rev, clientId };
    next.rev = rev;
    this.records.set(key, { table: m.table, record: next, rev, fields });
    this.seen.set(m.mutationId, rev);
    if (conflicts.length > 0) return { mutationId: m.mutationId, status: 'conflict', fields: conflicts, server: next, rev };
    return { mutationId: m.mutationId, status: 'applied', rev };
  }

  /** Another device moves a company (and so its flux and visits) to another territory. */
  moveCompany(id: string, territoryId: string): void {
    const company = this.records.get(`companies:${id}`)!;
    const from = String(company.record.territoryId);
    const leaving = [...this.records.values()].filter((s) => s === company || s.record.companyId === id);
    for (const s of leaving) this.exits.push({ table: s.table, id: String(s.record.id), rev: ++this.rev, territoryId: from });
    company.rev = ++this.rev;
    company.record = { ...company.record, territoryId, rev: company.rev };
  }

  private pull(user: User, since: number, limit: number) {
    const visible = [...this.records.values()]
      .filter((s) => s.rev > since && user.territoryIds.includes(this.territoryOf(s.table, s.record) ?? ''))
      .sort((a, b) => a.rev - b.rev);
    const page = visible.slice(0, limit);
    const changes: Change[] = page.map((s) => ({ table: s.table, rev: s.rev, record: { ...s.record } }));
    // Kept simple: exits come with the first page (tests pull few records).
    const gone = this.exits
      .filter((e) => e.rev > since && user.territoryIds.includes(e.territoryId))
      .map(({ table, id, rev }) => ({ table, id, rev }));
    const cursor = Math.max(page.at(-1)?.rev ?? since, ...gone.map((g) => g.rev));
    return { changes, gone, cursor, hasMore: visible.length > limit, remaining: Math.max(0, visible.length - limit) };
  }

  fetch: FetchLike = async (input, init) => {
    if (this.offline > 0) {
      this.offline--;
      throw new TypeError('Failed to fetch');
    }
    const url = new URL(input, 'http://fake.test');
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const json = (status: number, data?: unknown) =>
      new Response(data === undefined ? null : JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    if (url.pathname === API_ROUTES.login) {
      const account = this.users.get(String(body?.email).toLowerCase());
      if (!account || account.password !== body?.password) return json(401, { error: 'Identifiants incorrects' });
      return json(200, { token: this.tokenFor(account.user), user: account.user });
    }
    const auth = new Headers(init?.headers).get('authorization') ?? '';
    const user = this.tokens.get(auth.replace(/^Bearer /, ''));
    if (!user) return json(401, { error: 'Session expirée' });
    switch (url.pathname) {
      case API_ROUTES.logout:
        this.tokens.delete(auth.replace(/^Bearer /, ''));
        return json(204);
      case API_ROUTES.me:
        return json(200, user);
      case API_ROUTES.push: {
        const request = body as PushRequest;
        this.pushes.push(request);
        if (this.poison && request.mutations.some(this.poison))
          return json(400, { error: 'Texte illisible dans la modification', field: 'mutations' });
        const results = request.mutations.map((m) => this.apply(m, request.clientId, user));
        // Like the real server: a push made only of other territories' records is refused whole.
        if (results.length > 0 && results.every((r) => r.status === 'rejected' && r.error.startsWith('Territoire'))) {
          return json(403, { error: 'Territoire non autorisé pour ce compte', field: 'mutations' });
        }
        if (this.loseReplies > 0) {
          this.loseReplies--;
          throw new TypeError('Failed to fetch');
        }
        return json(200, { results });
      }
      case API_ROUTES.pull: {
        const since = Number(url.searchParams.get('since') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 1000);
        return json(200, this.pull(user, since, limit));
      }
      default:
        return json(404, { error: 'Introuvable' });
    }
  };
}

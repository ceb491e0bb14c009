// Closed reports: POST « clôture » a period's report (referents: their territories; admins: any,
// the programme included) — the server computes it, stores the exact JSON with its date, author,
// definitions and rules, and never changes it (migration 010 refuses UPDATE and DELETE). GET lists
// the closed reports one may read; GET /:id serves one back byte for byte.
import { createHash, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  CloseReportRequestSchema,
  INDICATOR_LIST,
  IndicatorQuerySchema,
  REPORTING_RULES,
  type ClosedReport,
  type ClosedReportSummary,
} from '../../domain/indicators';
import { can, territoryLimit } from '../../domain/permissions';
import type { Role } from '../../domain/user';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { invalid, readBody } from '../http/validate';
import { serverReport } from '../indicators/server-report';
import { indicatorScope } from './indicators';

const CLOSE_REFUSAL = 'Seuls les référents (pour leurs territoires) et les administrateurs clôturent un rapport.';

interface Row {
  id: string;
  range_from: string;
  range_to: string;
  territory_ids: string[];
  programme: boolean;
  closed_at: string | number;
  closed_by_name: string;
  closed_by_role: Role;
}

const summary = (r: Row): ClosedReportSummary => ({
  id: r.id,
  closedAt: Number(r.closed_at),
  closedBy: { name: r.closed_by_name, role: r.closed_by_role },
  range: { from: r.range_from, to: r.range_to },
  territoryIds: r.territory_ids,
  programme: r.programme,
});

export function closedReportRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.post('/', requireUser(deps), async (c) => {
    const user = c.get('user');
    if (!can(user, 'close indicator reports')) throw new ApiFailure(403, CLOSE_REFUSAL);
    const parsed = IndicatorQuerySchema.safeParse(await readBody(c, CloseReportRequestSchema));
    if (!parsed.success) throw invalid(parsed.error, 'body');
    const query = parsed.data;
    const today = new Date().toISOString().slice(0, 10);
    if (query.range.to >= today) {
      throw new ApiFailure(
        409,
        `La période se termine le ${query.range.to} : elle ne peut être clôturée qu’une fois passée.`,
        'to',
        'period-open',
      );
    }
    const scope = await indicatorScope(deps, user, query);
    const report = await serverReport(deps.sql, { range: query.range, ...scope });
    const closed: ClosedReport = {
      id: randomUUID(),
      closedAt: Date.now(),
      closedBy: { name: user.name, role: user.role },
      report,
      definitions: INDICATOR_LIST,
      rules: [...REPORTING_RULES],
    };
    const body = JSON.stringify(closed);
    await deps.sql.query(
      `INSERT INTO closed_reports (id, range_from, range_to, territory_ids, programme, closed_at, closed_by_name, closed_by_role, body, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        closed.id,
        report.range.from,
        report.range.to,
        report.territoryIds,
        report.programme,
        closed.closedAt,
        user.name,
        user.role,
        body,
        createHash('sha256').update(body).digest('hex'),
      ],
    );
    return c.body(body, 201, { 'content-type': 'application/json; charset=utf-8' });
  });

  routes.get('/', requireUser(deps), async (c) => {
    const user = c.get('user');
    if (!can(user, 'read indicators')) throw new ApiFailure(403, CLOSE_REFUSAL);
    const rows = await deps.sql.query<Row>(
      `SELECT id, range_from, range_to, territory_ids, programme, closed_at, closed_by_name, closed_by_role
       FROM closed_reports ORDER BY range_from DESC, closed_at DESC LIMIT 500`,
    );
    const limit = territoryLimit(user);
    // A referent reads the reports of their territories only; a programme report is the admins'.
    const mine = rows.filter((r) => limit === undefined || (!r.programme && r.territory_ids.every((t) => limit.includes(t))));
    return c.json({ reports: mine.map(summary) });
  });

  routes.get('/:id', requireUser(deps), async (c) => {
    const user = c.get('user');
    if (!can(user, 'read indicators')) throw new ApiFailure(403, CLOSE_REFUSAL);
    const [row] = await deps.sql.query<Row & { body: string; sha256: string }>('SELECT * FROM closed_reports WHERE id = $1', [
      c.req.param('id').slice(0, 64),
    ]);
    const limit = territoryLimit(user);
    if (!row || (limit !== undefined && (row.programme || !row.territory_ids.every((t) => limit.includes(t))))) {
      throw new ApiFailure(404, 'Rapport clôturé introuvable');
    }
    return c.body(row.body, 200, { 'content-type': 'application/json; charset=utf-8', etag: `"${row.sha256}"` });
  });

  return routes;
}

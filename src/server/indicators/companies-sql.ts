// SQL of the indicators about companies and workshops: mobilised companies, workshops held, and the
// months of visits and workshops (flux are counted in one pass by flux-sql.ts). Same rules as compute.ts.
// Each set a query joins is a MATERIALIZED CTE, so it is read once and joined by hash: PGlite keeps
// no statistics (no autovacuum), and without them the planner looked up the companies once per flux
// or visit (20,000 index probes) and the deleted companies once per workshop seat.
import type { SqlRunner } from '../store/sql';
import { args, monthOf, typed, type QueryParams, type TerritoryKey } from './params';

/** Live companies of the territories counted, as the CTE `co`. $3 = territories. */
export const COMPANIES = companiesWith('');
/** `co` with more columns (", expr AS name…"): what a query reads of the jsonb is read once, in the CTE. */
function companiesWith(columns: string): string {
  return `co AS MATERIALIZED (SELECT id, data->>'territoryId' AS t${columns} FROM records
  WHERE tbl = 'companies' AND NOT deleted AND data->>'territoryId' = ANY($3::text[]))`;
}
/** Workshops held in the period, in every territory. $1, $2 = days. */
const ALL_HELD = `SELECT data->>'territoryId' AS t, data FROM records
  WHERE tbl = 'workshops' AND NOT deleted AND data->>'state' IN ('running', 'closed')
    AND data->>'date' BETWEEN $1 AND $2`;
/** Workshops held in the period in those territories. $3 = territories. */
const HELD_WORKSHOPS = `${ALL_HELD} AND data->>'territoryId' = ANY($3::text[])`;
/**
 * Live flux created in the period, of those companies, as the CTE `fx` (needs `co`), with its
 * month. $4, $5 = ms bounds.
 */
export const FLUX = `period_flux AS MATERIALIZED (SELECT data->>'companyId' AS cid, data->>'family' AS family,
      data->>'direction' AS direction, data->>'resourceCode' AS code, (data->>'createdAt')::bigint AS created
    FROM records WHERE tbl = 'flux' AND NOT deleted AND (data->>'createdAt')::bigint >= $4 AND (data->>'createdAt')::bigint < $5),
  fx AS (SELECT co.t, f.cid, f.family, f.direction, f.code, ${monthOf('f.created')} AS month
    FROM period_flux f JOIN co ON co.id = f.cid)`;

export interface CompanyRow {
  t: TerritoryKey;
  mobilised: number;
  visited: number;
  workshop: number;
  both: number;
  with_consent: number;
}

export function companyCounts(db: SqlRunner, p: QueryParams): Promise<CompanyRow[]> {
  return db.query<CompanyRow>(
    typed`WITH ${companiesWith(`, COALESCE((data->>'consent')::boolean, false)
          AND ((data->>'consentDate') IS NULL OR (data->>'consentDate')::bigint < $5) AS consent`)},
      visited AS MATERIALIZED (SELECT DISTINCT data->>'companyId' AS cid FROM records
        WHERE tbl = 'visits' AND NOT deleted AND data->>'date' BETWEEN $1 AND $2),
      -- A company counts for its own territory wherever the workshop was held (filter-independent).
      attended AS MATERIALIZED (SELECT DISTINCT jsonb_array_elements_text(data->'companyIds') AS cid FROM (${ALL_HELD}) w),
      flags AS (
        SELECT co.t, v.cid IS NOT NULL AS v, a.cid IS NOT NULL AS w, co.consent FROM co LEFT JOIN visited v ON v.cid = co.id LEFT JOIN attended a ON a.cid = co.id)
     SELECT t, count(*) FILTER (WHERE v OR w)::int AS mobilised, count(*) FILTER (WHERE v)::int AS visited,
       count(*) FILTER (WHERE w)::int AS workshop, count(*) FILTER (WHERE v AND w)::int AS both,
       count(*) FILTER (WHERE (v OR w) AND consent)::int AS with_consent
     FROM flags GROUP BY GROUPING SETS ((t), ())`,
    args(p),
  );
}

export interface WorkshopRow {
  t: TerritoryKey;
  held: number;
  participations: number;
  companies: number;
}

export function workshopCounts(db: SqlRunner, p: QueryParams): Promise<WorkshopRow[]> {
  return db.query<WorkshopRow>(
    typed`WITH w AS MATERIALIZED (${HELD_WORKSHOPS}),
      -- A company removed since: out of participations.
      gone AS MATERIALIZED (SELECT id FROM records WHERE tbl = 'companies' AND deleted),
      seats AS (SELECT w.t, s.cid FROM w, jsonb_array_elements_text(w.data->'companyIds') AS s(cid)
                WHERE NOT EXISTS (SELECT 1 FROM gone WHERE gone.id = s.cid))
     SELECT held.t, held.held, COALESCE(seen.participations, 0) AS participations, COALESCE(seen.companies, 0) AS companies
     FROM (SELECT t, count(*)::int AS held FROM w GROUP BY GROUPING SETS ((t), ())) held
     LEFT JOIN (SELECT t, count(*)::int AS participations, count(DISTINCT cid)::int AS companies
                FROM seats GROUP BY GROUPING SETS ((t), ())) seen
       ON seen.t IS NOT DISTINCT FROM held.t`,
    args(p),
  );
}

export interface MonthCountRow {
  kind: 'visits' | 'workshops';
  month: string;
  n: number;
}

/** Months are UTC calendar months, as monthOfMs() cuts them on the device. */
export function monthCounts(db: SqlRunner, p: QueryParams): Promise<MonthCountRow[]> {
  return db.query<MonthCountRow>(
    typed`WITH ${COMPANIES},
      visits AS MATERIALIZED (SELECT data->>'companyId' AS cid, substr(data->>'date', 1, 7) AS month FROM records
        WHERE tbl = 'visits' AND NOT deleted AND data->>'date' BETWEEN $1 AND $2)
     SELECT 'visits' AS kind, v.month, count(*)::int AS n FROM visits v JOIN co ON co.id = v.cid GROUP BY 2
     UNION ALL
     SELECT 'workshops', substr(data->>'date', 1, 7), count(*)::int FROM (${HELD_WORKSHOPS}) w GROUP BY 2`,
    args(p),
  );
}

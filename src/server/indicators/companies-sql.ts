// SQL of the indicators about companies and workshops: mobilised companies, workshops held, and the
// months of visits and workshops (flux are counted in one pass by flux-sql.ts). Same rules as compute.ts.
import type { SqlRunner } from '../store/sql';
import { typed, type QueryParams, type TerritoryKey } from './params';

const created = (alias: string) => `(${alias}.data->>'createdAt')::bigint`;
/** Live companies of the territories counted. $3 = territories. */
export const COMPANIES = `SELECT id, data->>'territoryId' AS t, data FROM records
  WHERE tbl = 'companies' AND NOT deleted AND data->>'territoryId' = ANY($3::text[])`;
/** Workshops held in the period, in every territory. $1, $2 = days. */
const ALL_HELD = `SELECT data->>'territoryId' AS t, data FROM records
  WHERE tbl = 'workshops' AND NOT deleted AND data->>'state' IN ('running', 'closed')
    AND data->>'date' BETWEEN $1 AND $2`;
/** Workshops held in the period in those territories. $3 = territories. */
const HELD_WORKSHOPS = `${ALL_HELD} AND data->>'territoryId' = ANY($3::text[])`;
/** A company removed since: out of participations. */
const NOT_DELETED = (cid: string) => `NOT EXISTS (SELECT 1 FROM records d WHERE d.tbl = 'companies' AND d.id = ${cid} AND d.deleted)`;
/** Live flux created in the period, of those companies. $3 = territories, $4, $5 = ms bounds. */
export const FLUX = `SELECT co.t, f.data->>'family' AS family, f.data->>'direction' AS direction,
    f.data->>'resourceCode' AS code, ${created('f')} AS created, f.data->>'companyId' AS cid
  FROM records f JOIN (${COMPANIES}) co ON co.id = f.data->>'companyId'
  WHERE f.tbl = 'flux' AND NOT f.deleted AND ${created('f')} >= $4 AND ${created('f')} < $5`;
export const args = (p: QueryParams) => [p.from, p.to, p.territories, p.startMs, p.endMs];

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
    typed`WITH visited AS (SELECT DISTINCT data->>'companyId' AS cid FROM records
        WHERE tbl = 'visits' AND NOT deleted AND data->>'date' BETWEEN $1 AND $2),
      -- A company counts for its own territory wherever the workshop was held (filter-independent).
      attended AS (SELECT DISTINCT jsonb_array_elements_text(data->'companyIds') AS cid FROM (${ALL_HELD}) w),
      flags AS (
        SELECT co.t, v.cid IS NOT NULL AS v, a.cid IS NOT NULL AS w,
          COALESCE((co.data->>'consent')::boolean, false)
            AND ((co.data->>'consentDate') IS NULL OR (co.data->>'consentDate')::bigint < $5) AS consent
        FROM (${COMPANIES}) co
          LEFT JOIN visited v ON v.cid = co.id LEFT JOIN attended a ON a.cid = co.id)
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
    typed`WITH w AS (${HELD_WORKSHOPS}),
      seats AS (SELECT w.t, s.cid FROM w, jsonb_array_elements_text(w.data->'companyIds') AS s(cid) WHERE ${NOT_DELETED('s.cid')})
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
    typed`SELECT 'visits' AS kind, substr(v.data->>'date', 1, 7) AS month, count(*)::int AS n
       FROM records v JOIN (${COMPANIES}) co ON co.id = v.data->>'companyId'
       WHERE v.tbl = 'visits' AND NOT v.deleted AND v.data->>'date' BETWEEN $1 AND $2 GROUP BY 2
     UNION ALL
     SELECT 'workshops', substr(data->>'date', 1, 7), count(*)::int FROM (${HELD_WORKSHOPS}) w GROUP BY 2`,
    args(p),
  );
}

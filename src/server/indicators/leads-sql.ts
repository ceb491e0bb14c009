// SQL of the indicators about follow-up leads: synergies identified by nature and family, the
// funnel (furthest stage that took effect), rejections by reason, and gains with t CO2e. Same rules
// as compute.ts; a lead of several territories counts in each and once in the total. The stage is
// read by the shared rule (domain/followup-history.ts) rather than rewritten in SQL, so the server
// and the device cannot count a lost or corrected move differently.
import { CO2_FACTORS } from '../../domain/co2-factors';
import { FOLLOWUP_PIPELINE, type FollowupStatus, type HistoryEntry } from '../../domain/followup';
import { GAIN_METRICS } from '../../domain/gains';
import { leadAt } from '../../domain/indicators/lead-at';
import type { SqlRunner } from '../store/sql';
import { typed, type QueryParams, type TerritoryKey } from './params';

/** The period's leads that touch a counted territory ($3), opened in the period ($4–$5). */
const LEAD_FILTER = `tbl = 'followups' AND NOT deleted AND (data->>'createdAt')::bigint >= $4 AND (data->>'createdAt')::bigint < $5
  AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(data->'territoryIds') x WHERE x = ANY($3::text[]))`;

/** Each lead, by record id, at the end of the period: its furthest effective stage (0–4) and its status then. */
export type LeadParams = QueryParams & { stages: Record<string, { stage: number; status: FollowupStatus }> };

/** Reads the period's leads' histories and places each where it stood at the period's end. */
export async function withLeadStages(db: SqlRunner, p: QueryParams): Promise<LeadParams> {
  const rows = await db.query<{ id: string; status: FollowupStatus; history: HistoryEntry[] | null }>(
    typed`SELECT data->>'id' AS id, data->>'status' AS status, data->'history' AS history FROM records WHERE ${LEAD_FILTER}`,
    [p.from, p.to, p.territories, p.startMs, p.endMs],
  );
  const stages: LeadParams['stages'] = {};
  for (const r of rows) {
    const { stage, status } = leadAt({ history: Array.isArray(r.history) ? r.history : [], status: r.status }, p.endMs);
    stages[r.id] = { stage, status };
  }
  return { ...p, stages };
}

/**
 * Leads opened in the period that touch a counted territory, each with its furthest effective
 * stage and its status at the period's end ($8, computed by withLeadStages). $6 = the pipeline.
 */
const LEADS = `SELECT data, data->'snapshot'->>'kind' AS kind, data->'snapshot'->>'family' AS family,
    COALESCE($8::jsonb->(data->>'id')->>'status', data->>'status') AS status,
    ARRAY(SELECT DISTINCT x FROM jsonb_array_elements_text(data->'territoryIds') x WHERE x = ANY($3::text[])) AS tids,
    COALESCE(($8::jsonb->(data->>'id')->>'stage')::int, 0) AS stage
  FROM records
  WHERE tbl = 'followups' AND NOT deleted AND (data->>'createdAt')::bigint >= $4 AND (data->>'createdAt')::bigint < $5`;
/** Each lead once per counted territory, and once more with t null for the total. */
const ROWS = `WITH leads AS (${LEADS}),
  rows AS (SELECT t, l.* FROM leads l, unnest(l.tids) AS t
           UNION ALL SELECT NULL, l.* FROM leads l WHERE cardinality(l.tids) > 0)`;
const args = (p: LeadParams) => [
  p.from,
  p.to,
  p.territories,
  p.startMs,
  p.endMs,
  [...FOLLOWUP_PIPELINE],
  JSON.stringify(Object.fromEntries(Object.entries(CO2_FACTORS).map(([id, f]) => [id, f.tco2ePerUnit]))),
  JSON.stringify(p.stages),
];
const withRows = (select: string) => typed`${ROWS}, _more AS (SELECT $6::text[], $7::jsonb, $8::jsonb) ${select}`;

export interface SynergyRow {
  t: TerritoryKey;
  kind: 'substitution' | 'mutualisation';
  family: string;
  n: number;
}

export function synergyCounts(db: SqlRunner, p: LeadParams): Promise<SynergyRow[]> {
  return db.query<SynergyRow>(withRows('SELECT t, kind, family, count(*)::int AS n FROM rows GROUP BY t, kind, family'), args(p));
}

export interface StageRow {
  t: TerritoryKey;
  stage: number;
  n: number;
}

/** Leads by furthest stage; the funnel adds later stages into earlier ones. */
export function stageCounts(db: SqlRunner, p: LeadParams): Promise<StageRow[]> {
  return db.query<StageRow>(withRows('SELECT t, stage::int AS stage, count(*)::int AS n FROM rows GROUP BY t, stage'), args(p));
}

export interface RejectionRow {
  t: TerritoryKey;
  reason: string;
  n: number;
}

export function rejectionCounts(db: SqlRunner, p: LeadParams): Promise<RejectionRow[]> {
  return db.query<RejectionRow>(
    withRows(`SELECT t, COALESCE(data->'rejection'->>'reason', 'other') AS reason, count(*)::int AS n
              FROM rows WHERE status = 'rejected' GROUP BY t, reason`),
    args(p),
  );
}

/** One gains object's t CO2e, as computeTco2e: the override, else quantity × factor rounded to the kg. */
const tco2e = (g: string) => `CASE
    WHEN (${g}->>'tco2eOverride') IS NOT NULL THEN (${g}->>'tco2eOverride')::float8
    WHEN jsonb_typeof(${g}->'co2') = 'object'
      THEN floor((${g}->'co2'->>'quantity')::float8 * ($7::jsonb->>(${g}->'co2'->>'factorId'))::float8 * 1000 + 0.5) / 1000
    ELSE 0 END`;
const sums = (g: string) =>
  [...GAIN_METRICS.map((m) => `COALESCE(sum((${g}->>'${m}')::float8), 0) AS "${m}"`), `COALESCE(sum(${tco2e(g)}), 0) AS tco2e`].join(', ');

export type GainRow = { t: TerritoryKey; side: 'expected' | 'realised'; family: string } & Record<
  (typeof GAIN_METRICS)[number] | 'tco2e',
  number
>;

/** Expected gains of leads not rejected at the period's end; realised gains of leads in « Mise en œuvre » then. */
export function gainSums(db: SqlRunner, p: LeadParams): Promise<GainRow[]> {
  const last = FOLLOWUP_PIPELINE.length - 1;
  return db.query<GainRow>(
    withRows(`SELECT t, 'expected' AS side, family, ${sums("data->'expectedGains'")}
                FROM rows WHERE status <> 'rejected' GROUP BY t, family
              UNION ALL
              SELECT t, 'realised', family, ${sums("data->'realisedGains'")}
                FROM rows WHERE status = '${FOLLOWUP_PIPELINE[last]}' GROUP BY t, family`),
    args(p),
  );
}

export interface LeadMonthRow {
  month: string;
  n: number;
}

export function leadMonths(db: SqlRunner, p: LeadParams): Promise<LeadMonthRow[]> {
  return db.query<LeadMonthRow>(
    withRows(`SELECT to_char(to_timestamp((data->>'createdAt')::bigint / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
                count(*)::int AS n FROM rows WHERE t IS NULL GROUP BY 1`),
    args(p),
  );
}

// SQL of the indicators about follow-up leads: synergies identified by nature and family, the
// funnel (furthest stage that took effect), rejections by reason, and gains with t CO2e. Same rules
// as compute.ts; a lead of several territories counts in each and once in the total. The stage is
// read by the shared rule (domain/followup-history.ts) rather than rewritten in SQL, so the server
// and the device cannot count a lost or corrected move differently. Every figure comes from one
// aggregate (GROUPING SETS) over the period's leads: five queries each re-read the leads and parsed
// the stages anew.
import { CO2_FACTORS } from '../../domain/co2-factors';
import { FOLLOWUP_PIPELINE, type FollowupStatus, type HistoryEntry } from '../../domain/followup';
import { GAIN_METRICS } from '../../domain/gains';
import { leadAt } from '../../domain/indicators/lead-at';
import type { SqlRunner } from '../store/sql';
import { args as periodArgs, monthOf, typed, type QueryParams, type TerritoryKey } from './params';

/** The period's leads that touch a counted territory ($3), opened in the period ($4–$5). */
const LEAD_FILTER = `tbl = 'followups' AND NOT deleted AND (data->>'createdAt')::bigint >= $4 AND (data->>'createdAt')::bigint < $5
  AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(data->'territoryIds') x WHERE x = ANY($3::text[]))`;

/** Each lead, by record id, at the end of the period: its furthest effective stage (0–4) and its status then. */
export type LeadParams = QueryParams & { stages: Record<string, { stage: number; status: FollowupStatus }> };

/** Reads the period's leads' histories and places each where it stood at the period's end. */
export async function withLeadStages(db: SqlRunner, p: QueryParams): Promise<LeadParams> {
  const rows = await db.query<{ id: string; status: FollowupStatus; history: HistoryEntry[] | null }>(
    typed`SELECT data->>'id' AS id, data->>'status' AS status, data->'history' AS history FROM records WHERE ${LEAD_FILTER}`,
    periodArgs(p),
  );
  const stages: LeadParams['stages'] = {};
  for (const r of rows) {
    const { stage, status } = leadAt({ history: Array.isArray(r.history) ? r.history : [], status: r.status }, p.endMs);
    stages[r.id] = { stage, status };
  }
  return { ...p, stages };
}

/** One gains object's t CO2e, as computeTco2e: the override, else quantity × factor rounded to the kg. */
const tco2e = (g: string) => `CASE
    WHEN (${g}->>'tco2eOverride') IS NOT NULL THEN (${g}->>'tco2eOverride')::float8
    WHEN jsonb_typeof(${g}->'co2') = 'object'
      THEN floor((${g}->'co2'->>'quantity')::float8 * ($9::jsonb->>(${g}->'co2'->>'factorId'))::float8 * 1000 + 0.5) / 1000
    ELSE 0 END`;
const GAIN_COLUMNS = [...GAIN_METRICS, 'tco2e'] as const;
type GainColumn = `${'expected' | 'realised'}_${(typeof GAIN_COLUMNS)[number]}`;
const IMPLEMENTED = FOLLOWUP_PIPELINE[FOLLOWUP_PIPELINE.length - 1]!;
/**
 * A lead's gains, read once per lead: expected gains when it is not rejected at the period's end,
 * realised gains when it is in « Mise en œuvre » then; null otherwise (left out of the sums).
 */
const gains = (side: 'expected' | 'realised') => {
  const g = `data->'${side}Gains'`;
  const when = side === 'expected' ? `status <> 'rejected'` : `status = '${IMPLEMENTED}'`;
  return GAIN_COLUMNS.map((m) => `CASE WHEN ${when} THEN ${m === 'tco2e' ? tco2e(g) : `(${g}->>'${m}')::float8`} END AS "${side}_${m}"`);
};
const GAIN_NAMES = (['expected', 'realised'] as const).flatMap((side) => GAIN_COLUMNS.map((m): GainColumn => `${side}_${m}`));
const GAIN_SUMS = GAIN_NAMES.map((c) => `COALESCE(sum("${c}"), 0) AS "${c}"`).join(', ');
/** The count rows' gain columns, for UNION ALL. */
const NO_SUMS = GAIN_NAMES.map((c) => `NULL::float8 AS "${c}"`).join(', ');

/**
 * Leads opened in the period that touch a counted territory, each with its furthest effective
 * stage and its status at the period's end ($10, computed by withLeadStages). $8 = the pipeline,
 * $9 = the emission factors. Only the columns counted are kept: the materialized rows hold no jsonb.
 */
const LEADS = `SELECT kind, family, status, tids, stage, month, CASE WHEN status = 'rejected' THEN COALESCE(data->'rejection'->>'reason', 'other') END AS reason,
    ${[...gains('expected'), ...gains('realised')].join(', ')}
  FROM (SELECT data, data->'snapshot'->>'kind' AS kind, data->'snapshot'->>'family' AS family,
      COALESCE($10::jsonb->(data->>'id')->>'status', data->>'status') AS status,
      ARRAY(SELECT DISTINCT x FROM jsonb_array_elements_text(data->'territoryIds') x WHERE x = ANY($3::text[])) AS tids,
      COALESCE(($10::jsonb->(data->>'id')->>'stage')::int, 0) AS stage,
      ${monthOf("(data->>'createdAt')::bigint")} AS month
    FROM records
    WHERE tbl = 'followups' AND NOT deleted AND (data->>'createdAt')::bigint >= $4 AND (data->>'createdAt')::bigint < $5) l`;
/** Each lead once per counted territory, and once more with t null for the total. */
const ROWS = `WITH leads AS MATERIALIZED (${LEADS}),
  rows AS MATERIALIZED (SELECT t, l.* FROM leads l, unnest(l.tids) AS t
           UNION ALL SELECT NULL, l.* FROM leads l WHERE cardinality(l.tids) > 0)`;
const args = (p: LeadParams) => [
  ...periodArgs(p),
  [...FOLLOWUP_PIPELINE],
  JSON.stringify(Object.fromEntries(Object.entries(CO2_FACTORS).map(([id, f]) => [id, f.tco2ePerUnit]))),
  JSON.stringify(p.stages),
];

/** GROUPING(t, kind, family, stage, reason, month): 1 for each column left out of the row's set; -1: gains by (t, family). */
const SET = { synergies: 0b000111, stages: 0b011011, rejections: 0b011101, months: 0b111110, gains: -1 };

type AggregateRow = {
  g: number;
  t: TerritoryKey;
  kind: 'substitution' | 'mutualisation';
  family: string;
  stage: number;
  reason: string | null;
  month: string;
  n: number;
} & Record<GainColumn, number>;

export interface SynergyRow {
  t: TerritoryKey;
  kind: 'substitution' | 'mutualisation';
  family: string;
  n: number;
}
/** Leads by furthest stage; the funnel adds later stages into earlier ones. */
export interface StageRow {
  t: TerritoryKey;
  stage: number;
  n: number;
}
export interface RejectionRow {
  t: TerritoryKey;
  reason: string;
  n: number;
}
export type GainRow = { t: TerritoryKey; side: 'expected' | 'realised'; family: string } & Record<(typeof GAIN_COLUMNS)[number], number>;
export interface LeadMonthRow {
  month: string;
  n: number;
}
export interface LeadFigures {
  synergies: SynergyRow[];
  stages: StageRow[];
  rejections: RejectionRow[];
  gains: GainRow[];
  months: LeadMonthRow[];
}

/** Every lead figure in one pass: synergies, stages, rejections, months of the total; then gains by family. */
export async function leadFigures(db: SqlRunner, p: LeadParams): Promise<LeadFigures> {
  const rows = await db.query<AggregateRow>(
    typed`${ROWS}, _more AS (SELECT $8::text[], $9::jsonb, $10::jsonb)
      SELECT GROUPING(t, kind, family, stage, reason, month)::int AS g, t, kind, family, stage, reason, month,
        -- Months count each lead once: its total row.
        CASE WHEN GROUPING(month) = 0 THEN count(*) FILTER (WHERE t IS NULL) ELSE count(*) END::int AS n, ${NO_SUMS}
      FROM rows GROUP BY GROUPING SETS ((t, kind, family), (t, stage), (t, reason), (month))
      UNION ALL
      SELECT ${SET.gains}, t, NULL, family, NULL, NULL, NULL, count(*)::int, ${GAIN_SUMS} FROM rows GROUP BY t, family`,
    args(p),
  );
  const of = (set: number) => rows.filter((r) => Number(r.g) === set);
  const sums = (side: 'expected' | 'realised') =>
    of(SET.gains).map((r) => ({
      t: r.t,
      side,
      family: r.family,
      ...(Object.fromEntries(GAIN_COLUMNS.map((m) => [m, Number(r[`${side}_${m}`])])) as Record<(typeof GAIN_COLUMNS)[number], number>),
    }));
  return {
    synergies: of(SET.synergies).map((r) => ({ t: r.t, kind: r.kind, family: r.family, n: r.n })),
    stages: of(SET.stages).map((r) => ({ t: r.t, stage: Number(r.stage), n: r.n })),
    // Reason null: the leads not rejected at the period's end.
    rejections: of(SET.rejections)
      .filter((r) => r.reason !== null)
      .map((r) => ({ t: r.t, reason: r.reason!, n: r.n })),
    gains: [...sums('expected'), ...sums('realised')],
    months: of(SET.months).map((r) => ({ month: r.month, n: r.n })),
  };
}

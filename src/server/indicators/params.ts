// What every indicator query is given: the period (days and ms bounds) and the territories counted.
import { monthStarts, rangeBounds, type DateRange } from '../../domain/indicators';

export interface QueryParams {
  from: string;
  to: string;
  startMs: number;
  endMs: number;
  territories: string[];
  /** The period's months ("AAAA-MM") and the ms each starts at, for width_bucket (no date printed per row). */
  months: { keys: string[]; starts: number[] };
}

export function queryParams(range: DateRange, territories: readonly string[]): QueryParams {
  return { ...range, ...rangeBounds(range), territories: [...territories], months: monthStarts(range) };
}

/** A row's month from its ms ($6 = month keys, $7 = their starts), as monthFinder() on the device. */
export const monthOf = (ms: string) => `($6::text[])[width_bucket(${ms}, $7::bigint[])]`;

/** A row's territory: null on the total row of a GROUPING SETS query. */
export type TerritoryKey = string | null;

/**
 * Every query takes the same seven parameters, used or not; PostgreSQL refuses a parameter whose
 * type it cannot infer, so a leading CTE that nobody reads declares them all.
 */
export function typed(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).trimStart();
  const declare = '_params AS (SELECT $1::text, $2::text, $3::text[], $4::bigint, $5::bigint, $6::text[], $7::bigint[])';
  return text.startsWith('WITH ') ? `WITH ${declare}, ${text.slice(5)}` : `WITH ${declare} ${text}`;
}

/** The parameters of typed(), in order. */
export const args = (p: QueryParams): unknown[] => [p.from, p.to, p.territories, p.startMs, p.endMs, p.months.keys, p.months.starts];

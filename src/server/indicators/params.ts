// What every indicator query is given: the period (days and ms bounds) and the territories counted.
import { rangeBounds, type DateRange } from '../../domain/indicators';

export interface QueryParams {
  from: string;
  to: string;
  startMs: number;
  endMs: number;
  territories: string[];
}

export function queryParams(range: DateRange, territories: readonly string[]): QueryParams {
  return { ...range, ...rangeBounds(range), territories: [...territories] };
}

/** A row's territory: null on the total row of a GROUPING SETS query. */
export type TerritoryKey = string | null;

/**
 * Every query takes the same five parameters, used or not; PostgreSQL refuses a parameter whose
 * type it cannot infer, so a leading CTE that nobody reads declares them all.
 */
export function typed(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).trimStart();
  const declare = '_params AS (SELECT $1::text, $2::text, $3::text[], $4::bigint, $5::bigint)';
  return text.startsWith('WITH ') ? `WITH ${declare}, ${text.slice(5)}` : `WITH ${declare} ${text}`;
}

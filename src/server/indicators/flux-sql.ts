// SQL of the indicators about flux, in one pass over the period's flux: counts by territory, family
// and direction, the companies with flux, the resources' counts (the top ten is cut in JavaScript,
// ties by code in byte order as on the device) and the months. One scan instead of four: the
// jsonb fields of 20,000 flux are read once (bench:indicators). The counts group by hash; the
// companies with flux are a separate DISTINCT of the same rows, since a count(DISTINCT …) among the
// grouping sets made PostgreSQL sort the 20,000 rows once per set.
import { TOP_RESOURCES } from '../../domain/indicators';
import type { SqlRunner } from '../store/sql';
import { COMPANIES, FLUX } from './companies-sql';
import { args, typed, type QueryParams, type TerritoryKey } from './params';

interface AggregateRow {
  g: number;
  t: TerritoryKey;
  family: string | null;
  direction: 'need' | 'offer' | null;
  code: string | null;
  month: string | null;
  n: number;
}

export interface FluxFigures {
  counts: { t: TerritoryKey; family: string; direction: 'need' | 'offer'; n: number }[];
  withFlux: { t: TerritoryKey; n: number }[];
  top: { direction: 'need' | 'offer'; code: string; n: number }[];
  months: { month: string; n: number }[];
}

/**
 * GROUPING(t, family, direction, code, month): 1 for each column left out of the row's set; -1 for
 * the rows counting companies with flux (by territory, and the total with t null).
 */
const SET = { byTerritory: 0b00011, byFamily: 0b10011, byCode: 0b11001, byMonth: 0b11110, companies: -1 };

export async function fluxFigures(db: SqlRunner, p: QueryParams): Promise<FluxFigures> {
  const rows = await db.query<AggregateRow>(
    typed`WITH ${COMPANIES}, ${FLUX}
      SELECT GROUPING(t, family, direction, code, month)::int AS g, t, family, direction, code, month, count(*)::int AS n
        FROM fx GROUP BY GROUPING SETS ((t, family, direction), (family, direction), (direction, code), (month))
      UNION ALL
      SELECT ${SET.companies}, t, NULL, NULL, NULL, NULL, count(*)::int
        FROM (SELECT DISTINCT t, cid FROM fx) c GROUP BY GROUPING SETS ((t), ())`,
    args(p),
  );
  const of = (set: number) => rows.filter((r) => Number(r.g) === set);
  const ranked = (direction: 'need' | 'offer') =>
    of(SET.byCode)
      .filter((r) => r.direction === direction)
      .map((r) => ({ direction, code: r.code!, n: r.n }))
      .sort((a, b) => b.n - a.n || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .slice(0, TOP_RESOURCES);
  return {
    counts: [...of(SET.byTerritory), ...of(SET.byFamily).map((r) => ({ ...r, t: null }))].map((r) => ({
      t: r.t,
      family: r.family!,
      direction: r.direction!,
      n: r.n,
    })),
    withFlux: of(SET.companies).map((r) => ({ t: r.t, n: r.n })),
    top: [...ranked('offer'), ...ranked('need')],
    months: of(SET.byMonth).map((r) => ({ month: r.month!, n: r.n })),
  };
}

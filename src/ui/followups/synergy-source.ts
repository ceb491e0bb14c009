// Where the follow-up screens read proposed synergies from: one adapter, so that the day synergies
// are no longer stored (a worker query API answers instead), only this file is re-pointed.
// Today: indexed Dexie reads of the `synergies` table, best score first, one page at a time.
import { SynergySchema, type Synergy } from '../../domain';
import { db } from '../../db/database';

export interface ProposalsQuery {
  /** Only synergies touching one of these territories; undefined = every territory. */
  territoryIds?: readonly string[];
  /** Synergies already decided (a follow-up past « Proposée »): not to be treated again. */
  excludeIds?: ReadonlySet<string>;
  offset: number;
  limit: number;
}

export interface ProposalsPage {
  items: Synergy[];
  /** How many proposals match the query in all (for « n à traiter » and paging). */
  total: number;
}

function keep(query: ProposalsQuery): (s: Synergy) => boolean {
  const territories = query.territoryIds ? new Set(query.territoryIds) : undefined;
  return (s) =>
    !query.excludeIds?.has(s.id) && (territories === undefined || s.territoryIds.some((t) => territories.has(t)));
}

/** Rows read back are validated: an unreadable one is skipped here (the matcher rewrites it). */
function readable(rows: unknown[]): Synergy[] {
  return rows.flatMap((r) => {
    const parsed = SynergySchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A page of proposals, best score first, walking the `score` index (never the whole table in memory). */
export async function proposalsPage(query: ProposalsQuery): Promise<ProposalsPage> {
  const table = db().synergies;
  const matching = () => table.orderBy('score').reverse().filter(keep(query));
  const [rows, total] = await Promise.all([
    matching().offset(query.offset).limit(query.limit).toArray(),
    matching().count(),
  ]);
  return { items: readable(rows), total };
}

/** One proposed synergy by id, or undefined when the matcher no longer proposes it. */
export async function synergyById(id: string): Promise<Synergy | undefined> {
  const row = await db().synergies.get(id);
  return row ? readable([row])[0] : undefined;
}

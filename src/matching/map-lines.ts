// The « Carte »'s question to the held synergies: the same filters and order as the list, answered
// with only what the map draws (map/map-lines.ts in the domain), never a full record: a
// substitution of the full run gives its companies straight from its two flux.
import { FAMILIES, SYNERGY_KINDS } from '../domain';
import { packLines, type MapLineColumns } from '../domain/map/map-lines';
import type { HeldSynergies, SynergyQuery } from './held-synergies';
import type { HeldEntry } from './sorted-columns';

export interface MapLinesPage extends MapLineColumns {
  /** Synergies the filters keep (more than the lines when capped by `limit`). */
  total: number;
  held: number;
}

function companiesOf(h: HeldEntry): readonly string[] {
  if (h.record) return h.record.companyIds;
  const a = h.offer!.company.id;
  const b = h.need!.company.id;
  // As buildSubstitution lists them (sorted), so the map and the records agree.
  return a === b ? [a] : a < b ? [a, b] : [b, a];
}

/** The best `limit` lines in the query's order (`offset` and `limit` of the query are ignored). */
export function mapLines(held: HeldSynergies, query: SynergyQuery, limit: number): MapLinesPage {
  const {
    items,
    total,
    held: count,
  } = held.select({ ...query, offset: 0, limit }, (h) => ({
    id: h.id,
    kind: SYNERGY_KINDS[h.facet >> 3]!,
    family: FAMILIES[h.facet & 7]!,
    score: h.score,
    companyIds: companiesOf(h),
  }));
  return { ...packLines(items), total, held: count };
}

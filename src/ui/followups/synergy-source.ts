// Where the follow-up screens read proposed synergies from: the matching worker holds them (they
// are derived, never stored) and answers one page at a time, best score first.
import { groupIdsCoveredBy, type Followup, type Synergy } from '../../domain';
import { getSynergy, querySynergies, type SynergyCounts, type SynergyQuery } from '../../matching/store';

export interface ProposalsQuery {
  /** Only synergies touching one of these territories; undefined = every territory. */
  territoryIds?: readonly string[];
  /** Synergies already decided (a follow-up past « Proposée »): not to be treated again. */
  excludeIds?: ReadonlySet<string>;
  kind?: SynergyQuery['kind'];
  family?: SynergyQuery['family'];
  /** Company name or resource (the worker searches; nothing is loaded whole). */
  search?: string;
  minScore?: number;
  maxDistanceKm?: number;
  /** Default: best score first. */
  sort?: SynergyQuery['sort'];
  offset: number;
  limit: number;
}

export interface ProposalsPage {
  items: Synergy[];
  /** How many proposals match the query in all (for « n à traiter » and paging). */
  total: number;
  /** Per kind and family, of those the other filters keep. */
  counts: SynergyCounts;
}

/** A page of proposals, filtered and sorted by the matching worker (never a whole list). */
export async function proposalsPage(query: ProposalsQuery): Promise<ProposalsPage> {
  const page = await querySynergies({
    territoryIds: query.territoryIds,
    excludeIds: query.excludeIds ? [...query.excludeIds] : undefined,
    kind: query.kind,
    family: query.family,
    search: query.search,
    minScore: query.minScore,
    maxDistanceKm: query.maxDistanceKm,
    sort: query.sort ?? 'score',
    offset: query.offset,
    limit: query.limit,
  });
  return { items: page.items, total: page.total, counts: page.counts };
}

/** One proposed synergy by id, or undefined when the matcher no longer proposes it. */
export async function synergyById(id: string): Promise<Synergy | undefined> {
  return (await getSynergy(id)) ?? undefined;
}

/**
 * What a follow-up's synergy is today: the same id, else (a group) the group its snapshot covers,
 * its own anchor first — members may have joined or left since the decision (group-identity.ts).
 */
export async function currentSynergyOf(followup: Pick<Followup, 'synergyId' | 'snapshot'>): Promise<Synergy | undefined> {
  const same = await synergyById(followup.synergyId);
  if (same || followup.snapshot.kind !== 'mutualisation') return same;
  for (const id of groupIdsCoveredBy(followup.snapshot)) {
    const group = await synergyById(id);
    if (group) return group;
  }
  return undefined;
}

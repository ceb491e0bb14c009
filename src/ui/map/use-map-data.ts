// What the « Carte » page reads: companies with where matching places them, parks, territory
// outlines, each company's flux balance and follow-up status (live queries on the base), and every
// synergy the filters keep (asked of the matching worker, which holds them, page after page).
import { FOLLOWUP_STATUSES, type Synergy } from '../../domain';
import { PlaceIndex } from '../../domain/company-place';
import { companyFollowups, fluxBalance, type CompanyFollowup, type FluxBalance, type MappableCompany } from '../../domain/map/features';
import { db } from '../../db/database';
import { decidedSynergyIds } from '../../db/followup-queries';
import { querySynergies } from '../../matching/store';
import { useLiveQuery } from '../hooks/use-live-query';
import { useHeldSynergies } from '../synergies/use-held-synergies';
import { toQuery, type SynergyFilters } from '../synergies/synergy-filters';

export interface MapCompany extends MappableCompany {
  territoryId: string;
  zone: string;
}

export interface MapBase {
  companies: MapCompany[];
  parks: Awaited<ReturnType<typeof readParks>>;
  balance: Map<string, FluxBalance>;
  followup: Map<string, CompanyFollowup>;
}

const readParks = () => db().parks.toArray();

async function readBase(): Promise<MapBase> {
  const [companies, parks, followups] = await Promise.all([db().companies.toArray(), readParks(), db().followups.toArray()]);
  const directions = new Map<string, ('need' | 'offer')[]>();
  // Only two fields of each flux are needed; `each` spares building the whole array.
  await db().flux.each((f) => {
    if (f.deleted) return;
    const list = directions.get(f.companyId);
    if (list) list.push(f.direction);
    else directions.set(f.companyId, [f.direction]);
  });
  const places = new PlaceIndex(parks);
  const live = companies.filter((c) => !c.deleted);
  return {
    companies: live.map((c) => ({
      id: c.id,
      name: c.name,
      territoryId: c.territoryId,
      zone: c.zone,
      location: c.location,
      placed: c.location ? undefined : places.placeOf(c).location,
    })),
    parks,
    balance: new Map(live.map((c) => [c.id, fluxBalance(directions.get(c.id) ?? [])])),
    followup: companyFollowups(
      followups
        .filter((f) => !f.deleted && (FOLLOWUP_STATUSES as readonly string[]).includes(f.status))
        .map((f) => ({ status: f.status, companyIds: f.snapshot.companies.map((c) => c.id) })),
    ),
  };
}

export function useMapBase() {
  return useLiveQuery(readBase, []);
}

/** The worker answers at most this many per question. */
const PAGE = 10_000;

async function everySynergy(filters: SynergyFilters, rejected: ReadonlySet<string> | undefined): Promise<Synergy[]> {
  const all: Synergy[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await querySynergies(toQuery(filters, offset, PAGE, rejected));
    all.push(...page.items);
    if (all.length >= page.total || page.items.length === 0) return all;
  }
}

export function useMapSynergies(filters: SynergyFilters) {
  const rejected = useLiveQuery(() => decidedSynergyIds(['rejected']), []).data;
  const rejectedKey = rejected ? [...rejected].sort().join(',') : '';
  return useHeldSynergies(() => everySynergy(filters, rejected), [filters, rejectedKey]);
}

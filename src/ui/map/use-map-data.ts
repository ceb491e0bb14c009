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

/** Everything but the flux balance, which waits for the flux (useFluxBalance): the map opens first. */
async function readBase(): Promise<Omit<MapBase, 'balance'>> {
  const [companies, parks, followups] = await Promise.all([db().companies.toArray(), readParks(), db().followups.toArray()]);
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
    followup: companyFollowups(
      followups
        .filter((f) => !f.deleted && (FOLLOWUP_STATUSES as readonly string[]).includes(f.status))
        .map((f) => ({ status: f.status, companyIds: f.snapshot.companies.map((c) => c.id) })),
    ),
  };
}

/** What each company offers and needs, from its live flux (seconds at 100,000 flux: read apart). */
async function readBalance(): Promise<Map<string, FluxBalance>> {
  const directions = new Map<string, ('need' | 'offer')[]>();
  // One getAll rather than a cursor (`each`): at 100,000 flux the cursor's round trips took seconds.
  for (const f of await db().flux.toArray()) {
    if (f.deleted) continue;
    const list = directions.get(f.companyId);
    if (list) list.push(f.direction);
    else directions.set(f.companyId, [f.direction]);
  }
  const balance = new Map<string, FluxBalance>();
  for (const [id, list] of directions) balance.set(id, fluxBalance(list));
  return balance;
}

/** User Timing marks (DevTools, bench:browser): where the map's opening time goes. */
const mark = (name: string) => performance.mark?.(name);

export function useMapBase() {
  return useLiveQuery(async () => {
    const base = await readBase();
    mark('map:base');
    return base;
  }, []);
}

/** Until it is read, every company is coloured « Aucun flux ». */
export function useFluxBalance() {
  return useLiveQuery(async () => {
    const balance = await readBalance();
    mark('map:balance');
    return balance;
  }, []);
}

/** The worker answers at most this many per question. */
const PAGE = 10_000;
/**
 * Lines drawn at most, the best first: a region holds 200,000 proposals at 100,000 flux, which no
 * one reads on a map; the filters bring the others (the page says how many are left out).
 */
export const MAX_LINES = 20_000;

export interface MapSynergies {
  items: Synergy[];
  /** All that the filters keep (more than items when capped). */
  total: number;
}

/** The map opened from a company's page (its synergies) or a follow-up's (that synergy only). */
export interface MapFocus {
  companyId: string;
  synergyId: string;
}

async function bestSynergies(filters: SynergyFilters, rejected: ReadonlySet<string> | undefined, focus: MapFocus): Promise<MapSynergies> {
  const items: Synergy[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await querySynergies({
      ...toQuery({ ...filters, sort: 'score' }, offset, Math.min(PAGE, MAX_LINES - offset), rejected),
      companyId: focus.companyId || undefined,
      ids: focus.synergyId ? [focus.synergyId] : undefined,
    });
    items.push(...page.items);
    if (items.length >= page.total || items.length >= MAX_LINES || page.items.length === 0) {
      mark('map:synergies');
      return { items, total: page.total };
    }
  }
}

export function useMapSynergies(filters: SynergyFilters, focus: MapFocus) {
  const rejected = useLiveQuery(() => decidedSynergyIds(['rejected']), []).data;
  const rejectedKey = rejected ? [...rejected].sort().join(',') : '';
  return useHeldSynergies(() => bestSynergies(filters, rejected, focus), [filters, rejectedKey, focus.companyId, focus.synergyId]);
}

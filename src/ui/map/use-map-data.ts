// What the « Carte » page reads: companies with where matching places them, parks, territory
// outlines, each company's flux balance and follow-up status (live queries on the base), and the
// lines of the synergies the filters keep (asked of the matching worker in their lean form).
import { useEffect, useState } from 'preact/hooks';
import { FOLLOWUP_STATUSES, type Company } from '../../domain';
import { PlaceIndex, type PlaceablePark } from '../../domain/company-place';
import { companyFollowups, type CompanyFollowup, type FluxBalance, type MappableCompany } from '../../domain/map/features';
import { db } from '../../db/database';
import { decidedSynergyIds } from '../../db/followup-queries';
import { unpackLines, type MapLine } from '../../domain/map/map-lines';
import { companyBalances, onCompanyUpdated, queryMapLines, querySynergies } from '../../matching/store';
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

/** Live companies as the map places them: their own position, else their park's or territory's centre. */
export function mapCompanies(companies: readonly Company[], parks: readonly PlaceablePark[]): MapCompany[] {
  const places = new PlaceIndex(parks);
  return companies
    .filter((c) => !c.deleted)
    .map((c) => ({
      id: c.id,
      name: c.name,
      territoryId: c.territoryId,
      zone: c.zone,
      location: c.location,
      placed: c.location ? undefined : places.placeOf(c).location,
    }));
}

/** Everything but the flux balance, which waits for the flux (useFluxBalance): the map opens first. */
async function readBase(): Promise<Omit<MapBase, 'balance'>> {
  const [companies, parks, followups] = await Promise.all([db().companies.toArray(), readParks(), db().followups.toArray()]);
  return {
    companies: mapCompanies(companies, parks),
    parks,
    followup: companyFollowups(
      followups
        .filter((f) => !f.deleted && (FOLLOWUP_STATUSES as readonly string[]).includes(f.status))
        .map((f) => ({ status: f.status, companyIds: f.snapshot.companies.map((c) => c.id) })),
    ),
  };
}

/**
 * What each company offers and needs, from its live flux: read by the matching worker (100,000 flux
 * held the page's thread for a second or more, while the map was being dragged).
 */
async function readBalance(): Promise<Map<string, FluxBalance>> {
  const { companyIds, balances } = await companyBalances();
  return new Map(companyIds.map((id, i) => [id, balances[i]!]));
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

/**
 * Until it is read, every company is coloured « Aucun flux ». Asked again whenever the worker's
 * result changes and after every company's update (a flux saved that changed no synergy still
 * changes its colour) — not through a live query on the flux table: counting 100,000 rows to
 * watch it delayed the colours, and the map's first image, by a second or more.
 */
export function useFluxBalance() {
  const [edits, setEdits] = useState(0);
  useEffect(() => onCompanyUpdated(() => setEdits((n) => n + 1)), []);
  return useHeldSynergies(async () => {
    const balance = await readBalance();
    mark('map:balance');
    return balance;
  }, [edits]);
}

/**
 * Lines drawn at most, the best first: a region holds 200,000 proposals at 100,000 flux, which no
 * one reads on a map; the filters bring the others (the page says how many are left out).
 */
export const MAX_LINES = 20_000;

export interface MapSynergies {
  /** What the map draws of each synergy (no sentence, no score parts: see queryMapLines). */
  items: MapLine[];
  /** All that the filters keep (more than items when capped). */
  total: number;
}

/** The map opened from a company's page (its synergies) or a follow-up's (that synergy only). */
export interface MapFocus {
  companyId: string;
  synergyId: string;
}

async function bestLines(filters: SynergyFilters, rejected: ReadonlySet<string> | undefined, focus: MapFocus): Promise<MapSynergies> {
  const { offset: _, limit: __, ...query } = toQuery({ ...filters, sort: 'score' }, 0, MAX_LINES, rejected);
  const page = await queryMapLines(
    { ...query, companyId: focus.companyId || undefined, ids: focus.synergyId ? [focus.synergyId] : undefined },
    MAX_LINES,
  );
  mark('map:synergies');
  return { items: unpackLines(page), total: page.total };
}

export function useMapSynergies(filters: SynergyFilters, focus: MapFocus) {
  const rejected = useLiveQuery(() => decidedSynergyIds(['rejected']), []).data;
  const rejectedKey = rejected ? [...rejected].sort().join(',') : '';
  return useHeldSynergies(() => bestLines(filters, rejected, focus), [filters, rejectedKey, focus.companyId, focus.synergyId]);
}

/** The full records of the few synergies a list shows (sentence, score parts), in score order. */
export function useSynergyRecords(ids: readonly string[]) {
  const key = ids.join(',');
  return useHeldSynergies(async () => (ids.length ? (await querySynergies({ ids, limit: ids.length })).items : []), [key]);
}

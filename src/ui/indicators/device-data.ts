// What the device holds for one selection of the indicators, read from IndexedDB through its
// indexes: the companies of the territories counted, and the visits, flux, workshops and leads of
// the period — not the whole base. Only those rows are validated (the fields the figures read);
// unreadable rows are left out and counted.
import { TerritorySchema, type Territory } from '../../domain';
import {
  IndicatorCompanySchema,
  IndicatorFluxSchema,
  IndicatorLeadSchema,
  IndicatorVisitSchema,
  IndicatorWorkshopSchema,
  rangeBounds,
  type DateRange,
  type IndicatorCompany,
  type IndicatorFlux,
  type IndicatorLead,
  type IndicatorVisit,
  type IndicatorWorkshop,
} from '../../domain/indicators';
import { can, type Subject } from '../../domain/permissions';
import type { Collection, Table } from 'dexie';
import { db } from '../../db/database';
import { validateRows } from '../../db/validated-read';

export interface DeviceRecords {
  companies: IndicatorCompany[];
  visits: IndicatorVisit[];
  flux: IndicatorFlux[];
  workshops: IndicatorWorkshop[];
  /** The selection these records were read for (the page may have moved on since). */
  range: DateRange;
  territoryId?: string;
  followups: IndicatorLead[];
  territories: Territory[];
  /** The territories this device holds records of: the only ones it reports. */
  held: string[];
  /** Whether the device holds any company or lead at all (else the page says there is nothing yet). */
  anything: boolean;
  /** Rows read that no longer match their schema, left out of the figures. */
  unreadable: number;
}

export interface DeviceSelection {
  range: DateRange;
  /** One territory, or every territory the device holds. */
  territoryId?: string;
  user?: Subject;
}

/**
 * The territories this device can report: a signed-in territory account's own territories (sync
 * brings all of their records, so a zero there is true); otherwise — an admin, or a device used
 * without an account — the territories of the companies and workshops it holds. A territory known
 * only by name (the five defaults every device starts with) is not reported as zeros.
 */
export function heldTerritories(known: readonly string[], withRecords: ReadonlySet<string>, user?: Subject): string[] {
  if (user && !can(user, 'see every territory')) return known.filter((t) => user.territoryIds.includes(t));
  return known.filter((t) => withRecords.has(t));
}

/** Territories with a live company or workshop, found through the territory indexes (the first row each). */
async function territoriesWithRecords(known: readonly string[]): Promise<Set<string>> {
  const d = db();
  const found = await Promise.all(
    known.map(async (t) => {
      const live = <T extends { deleted?: boolean }>(r: T) => r.deleted !== true;
      const company = await d.companies.where('territoryId').equals(t).filter(live).first();
      return (company ?? (await d.workshops.where('territoryId').equals(t).filter(live).first())) ? t : undefined;
    }),
  );
  return new Set(found.filter((t) => t !== undefined));
}

/**
 * The rows a selection needs: through the index when they are a small part of the table, else one
 * scan of the table filtered here — reading nearly every row through an index looks each one up
 * again, and was measured about twice as slow as the scan for a year holding the whole base.
 */
async function selectedRows<T>(selection: Collection<T, string>, table: Table<T, string>, keep: (row: T) => boolean): Promise<T[]> {
  const [inside, all] = await Promise.all([selection.count(), table.count()]);
  return inside * 2 < all ? selection.toArray() : (await table.toArray()).filter(keep);
}

/**
 * The companies of the counted territories, counted and read one territory at a time: Dexie walks
 * `anyOf` with a cursor, one step per row (5,000 steps to count a region), where `equals` is
 * one request to IndexedDB.
 */
async function companiesOf(counted: readonly string[]) {
  const d = db();
  const byTerritory = counted.map((t) => d.companies.where('territoryId').equals(t));
  const [counts, all] = await Promise.all([Promise.all(byTerritory.map((c) => c.count())), d.companies.count()]);
  const inside = counts.reduce((a, b) => a + b, 0);
  if (inside * 2 >= all) return (await d.companies.toArray()).filter((c) => counted.includes(c.territoryId));
  return (await Promise.all(byTerritory.map((c) => c.toArray()))).flat();
}

/**
 * Read in the page's live query, without an explicit transaction: Dexie keeps each result a while
 * and serves a copy when the page is opened again. Measured both ways: one read-only transaction
 * (no copy) saved nothing on the first opening and cost a quarter more on reopening.
 */
export async function loadDeviceRecords({ range, territoryId, user }: DeviceSelection): Promise<DeviceRecords> {
  const d = db();
  const { startMs, endMs } = rangeBounds(range);
  const territories = validateRows(TerritorySchema, await d.territories.toArray())
    .rows.filter((t) => !t.deleted)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const known = territories.map((t) => t.id);
  const everywhere = !user || can(user, 'see every territory');
  const held = heldTerritories(known, everywhere ? await territoriesWithRecords(known) : new Set(), user);
  const counted = territoryId ? held.filter((t) => t === territoryId) : held;
  const inMs = (r: { createdAt?: unknown }) => typeof r.createdAt === 'number' && r.createdAt >= startMs && r.createdAt < endMs;
  const inDays = (r: { date?: unknown }) => typeof r.date === 'string' && r.date >= range.from && r.date <= range.to;
  const [companyRows, visitRows, fluxRows, workshopRows, leadRows, companyCount, leadCount] = await Promise.all([
    companiesOf(counted),
    selectedRows(d.visits.where('date').between(range.from, range.to, true, true), d.visits, inDays),
    selectedRows(d.flux.where('createdAt').between(startMs, endMs, true, false), d.flux, inMs),
    // Every territory's workshops: a company counts for its own territory wherever it attended.
    selectedRows(d.workshops.where('date').between(range.from, range.to, true, true), d.workshops, inDays),
    selectedRows(d.followups.where('createdAt').between(startMs, endMs, true, false), d.followups, inMs),
    d.companies.count(),
    d.followups.count(),
  ]);
  const companies = validateRows(IndicatorCompanySchema, companyRows);
  const workshops = validateRows(IndicatorWorkshopSchema, workshopRows);
  // Participants from other territories are read only to leave out those deleted since.
  const read = new Set(companies.rows.map((c) => c.id));
  const others = [...new Set(workshops.rows.flatMap((w) => w.companyIds))].filter((id) => !read.has(id));
  const guests = validateRows(
    IndicatorCompanySchema,
    (await d.companies.bulkGet(others)).filter((c) => c !== undefined),
  );
  const visits = validateRows(IndicatorVisitSchema, visitRows);
  const flux = validateRows(IndicatorFluxSchema, fluxRows);
  const followups = validateRows(IndicatorLeadSchema, leadRows);
  return {
    range,
    ...(territoryId ? { territoryId } : {}),
    companies: [...companies.rows, ...guests.rows],
    visits: visits.rows,
    flux: flux.rows,
    workshops: workshops.rows,
    followups: followups.rows,
    territories,
    held,
    anything: companyCount + leadCount > 0,
    unreadable: [companies, guests, visits, flux, workshops, followups].reduce((n, v) => n + v.invalid.length, 0),
  };
}

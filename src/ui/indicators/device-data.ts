// What the device holds, read from IndexedDB for the indicators: every record of its territories
// (validated on the way out; unreadable rows are left out and counted), the territories, and which
// of them the device holds records of.
import { CompanySchema, FluxSchema, FollowupSchema, TerritorySchema, VisitSchema, type Followup, type Territory } from '../../domain';
import { WorkshopSchema } from '../../domain/workshop';
import type { IndicatorInput } from '../../domain/indicators';
import { can, type Subject } from '../../domain/permissions';
import { db } from '../../db/database';
import { validateRows } from '../../db/validated-read';

export type DeviceRecords = Pick<IndicatorInput, 'companies' | 'visits' | 'flux' | 'workshops'> & {
  followups: Followup[];
  territories: Territory[];
  /** Rows that no longer match their schema, left out of the figures. */
  unreadable: number;
};

export async function loadDeviceRecords(): Promise<DeviceRecords> {
  const d = db();
  const [companies, visits, flux, workshops, followups, territories] = await Promise.all([
    d.companies.toArray().then((r) => validateRows(CompanySchema, r)),
    d.visits.toArray().then((r) => validateRows(VisitSchema, r)),
    d.flux.toArray().then((r) => validateRows(FluxSchema, r)),
    d.workshops.toArray().then((r) => validateRows(WorkshopSchema, r)),
    d.followups.toArray().then((r) => validateRows(FollowupSchema, r)),
    d.territories.toArray().then((r) => validateRows(TerritorySchema, r)),
  ]);
  return {
    companies: companies.rows,
    visits: visits.rows,
    flux: flux.rows,
    workshops: workshops.rows,
    followups: followups.rows,
    territories: territories.rows.filter((t) => !t.deleted).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    unreadable: [companies, visits, flux, workshops, followups].reduce((n, v) => n + v.invalid.length, 0),
  };
}

/**
 * The territories this device can report: a signed-in territory account's own territories (sync
 * brings all of their records, so a zero there is true); otherwise — an admin, or a device used
 * without an account — the territories of the companies and workshops it holds. A territory known
 * only by name (the five defaults every device starts with) is not reported as zeros.
 */
export function heldTerritories(records: Pick<DeviceRecords, 'companies' | 'workshops' | 'territories'>, user?: Subject): string[] {
  const known = records.territories.map((t) => t.id);
  if (user && !can(user, 'see every territory')) return known.filter((t) => user.territoryIds.includes(t));
  const withRecords = new Set([
    ...records.companies.filter((c) => !c.deleted).map((c) => c.territoryId),
    ...records.workshops.filter((w) => !w.deleted).map((w) => w.territoryId),
  ]);
  return known.filter((t) => withRecords.has(t));
}

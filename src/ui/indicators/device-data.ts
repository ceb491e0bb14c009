// What the device holds, read from IndexedDB for the indicators: every record of its territories
// (validated on the way out; unreadable rows are left out and counted), and the territories.
import { CompanySchema, FluxSchema, FollowupSchema, TerritorySchema, VisitSchema, type Territory } from '../../domain';
import { WorkshopSchema } from '../../domain/workshop';
import type { IndicatorInput } from '../../domain/indicators';
import { db } from '../../db/database';
import { validateRows } from '../../db/validated-read';

export type DeviceRecords = Pick<IndicatorInput, 'companies' | 'visits' | 'flux' | 'workshops' | 'followups'> & {
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

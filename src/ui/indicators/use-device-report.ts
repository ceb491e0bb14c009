// The indicator report of this device for a selection: the records of that period and those
// territories (read through indexes, followed live), for the territories whose records it holds —
// never a territory it knows only by name, which would show as zeros. Accounts are left out: the
// device cannot see colleagues' sign-ins.
import { useMemo } from 'preact/hooks';
import {
  computeIndicators,
  gainsByCategoryTable,
  implementedSynergies,
  implementedTable,
  indicatorTables,
  type IndicatorReport,
  type IndicatorTable,
} from '../../domain/indicators';
import { useLiveQuery } from '../hooks/use-live-query';
import { useSession } from '../sync/use-sync';
import { loadDeviceRecords, type DeviceRecords } from './device-data';
import type { Selection } from './indicator-query';

/** A report as the page shows it: figures, their tables, territory names, and what it covers. */
export interface ShownReport {
  report: IndicatorReport;
  tables: IndicatorTable[];
  names: Record<string, string>;
  /** « Dijon métropole », or « tous les territoires de l'appareil ». */
  scopeLabel: string;
}

export interface DeviceReport extends ShownReport {
  records: DeviceRecords;
  /** The territories this device holds records of: the only ones it reports. */
  held: string[];
}

/** The signed-in account whose territories a device reports, if any. */
export function useReportingUser() {
  const session = useSession();
  return session.kind === 'active' || session.kind === 'expired' ? session.user : undefined;
}

export function useDeviceReport(selection: Selection): { loading: boolean; error?: Error; data?: DeviceReport } {
  const user = useReportingUser();
  const { range, territoryId } = selection;
  const records = useLiveQuery(
    () => loadDeviceRecords({ range, territoryId, user }),
    [range.from, range.to, territoryId, user?.role, user?.territoryIds.join()],
  );
  const data = useMemo(() => {
    const r = records.data;
    if (!r) return undefined;
    const names = Object.fromEntries(r.territories.map((t) => [t.id, t.name]));
    // Counted for the selection the records were read for, never a newer one they do not cover.
    const { held, range, territoryId } = r;
    const territoryIds = territoryId ? held.filter((t) => t === territoryId) : held;
    const report = computeIndicators({
      ...r,
      range,
      territoryIds,
      // The device never holds the whole programme: its total covers its own territories.
      programme: false,
      source: 'device',
      accountsKnown: false,
      activity: [],
    });
    const heldNames = held.map((t) => names[t] ?? t);
    const scopeLabel = territoryId
      ? (names[territoryId] ?? territoryId)
      : `territoires dont l’appareil détient les données (${heldNames.length <= 5 ? heldNames.join(', ') || 'aucun' : `${heldNames.length} territoires`})`;
    // The implemented synergies travel with the figures into the CSV (the page lists them below).
    const implemented = implementedSynergies(r.followups, range, report.territoryIds);
    const tables = [...indicatorTables(report, names), implementedTable(implemented, names), gainsByCategoryTable(implemented)];
    return { records: r, held, report, tables, names, scopeLabel };
  }, [records.data]);
  return { loading: records.loading, error: records.error, data };
}

// The indicator report of this device for a selection: its records (followed live) and what it
// knows of accounts — only the signed-in user's own activity, their last sync.
import { can } from '../../domain/permissions';
import { useMemo } from 'preact/hooks';
import { computeIndicators, indicatorTables, type IndicatorReport, type IndicatorTable } from '../../domain/indicators';
import { useLiveQuery } from '../hooks/use-live-query';
import { useSession, useSyncStatus } from '../sync/use-sync';
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
}

export function useDeviceReport(selection: Selection): { loading: boolean; error?: Error; data?: DeviceReport } {
  const records = useLiveQuery(loadDeviceRecords, []);
  const session = useSession();
  const { lastSyncAt } = useSyncStatus();
  const data = useMemo(() => {
    const r = records.data;
    if (!r) return undefined;
    const names = Object.fromEntries(r.territories.map((t) => [t.id, t.name]));
    const held = r.territories.map((t) => t.id);
    const territoryIds = selection.territoryId ? held.filter((t) => t === selection.territoryId) : held;
    const user = session.kind === 'active' || session.kind === 'expired' ? session.user : undefined;
    const report = computeIndicators({
      ...r,
      range: selection.range,
      territoryIds,
      // The device never holds the whole programme: its total covers its own territories.
      programme: false,
      source: 'device',
      users: user ? [{ id: user.id, role: user.role, territoryIds: can(user, 'see every territory') ? held : user.territoryIds }] : [],
      activity: user && lastSyncAt ? [{ userId: user.id, at: lastSyncAt }] : [],
    });
    const scopeLabel = selection.territoryId ? (names[selection.territoryId] ?? selection.territoryId) : 'tous les territoires de l’appareil';
    return { records: r, report, tables: indicatorTables(report, names), names, scopeLabel };
  }, [records.data, selection.range.from, selection.range.to, selection.territoryId, session, lastSyncAt]);
  return { loading: records.loading, error: records.error, data };
}

// What managers compare under the figures, read once for the page and its workbook: the previous
// period (recounted by the device, or asked of the server), targets and each person's activity
// (server; activity for referents and admins only), the implemented synergies, the closed reports.
import { useMemo } from 'preact/hooks';
import {
  advisorsTable,
  comparisonTable,
  computeIndicators,
  gainsByCategoryTable,
  implementedTable,
  previousRange,
  rangeLabel,
  targetsTable,
  wholeYearOf,
  type ClosedReportList,
  type IndicatorTable,
} from '../../domain/indicators';
import { can } from '../../domain/permissions';
import { fetchServerIndicators } from '../../sync/indicators-api';
import { fetchAdvisorActivity, fetchClosedReports, fetchImplemented, fetchTargets } from '../../sync/reports-api';
import { useLiveQuery } from '../hooks/use-live-query';
import { useSession } from '../sync/use-sync';
import { loadDeviceRecords } from './device-data';
import type { Selection } from './indicator-query';
import { useReportingUser, type DeviceReport, type ShownReport } from './use-device-report';
import { useRemote, type Remote } from './use-remote';

export interface ManagerTables {
  /** The year targets are set for, when the period lies within one. */
  year: number | undefined;
  comparison?: IndicatorTable;
  targets?: IndicatorTable;
  advisors?: IndicatorTable;
  implemented?: IndicatorTable;
  gainsByCategory?: IndicatorTable;
  /** Why a part is missing: a French message per server answer that failed. */
  failed: { previous?: string; targets?: string; advisors?: string; implemented?: string; closed?: string };
  closed: Remote<ClosedReportList>;
  reloadTargets: () => void;
  reloadClosed: () => void;
  /** The tables as the page shows them, in its order: what the workbook adds to the figures. */
  shown: IndicatorTable[];
}

const message = <T>(r: Remote<T>) => (r.status === 'failed' ? r.message : undefined);

export function useManagerTables(data: ShownReport, device: DeviceReport, selection: Selection): ManagerTables {
  const session = useSession();
  const user = session.kind === 'active' ? session.user : undefined;
  const server = data.report.source === 'server';
  const range = data.report.range;
  const key = `${range.from}|${range.to}|${selection.territoryId ?? ''}|${data.report.source}`;
  const previous = previousRange(range);
  const year = wholeYearOf(range);

  // Previous period: the device reads that period's records and recounts them; the server is asked.
  const reportingUser = useReportingUser();
  const previousRecords = useLiveQuery(
    async () => (server ? undefined : loadDeviceRecords({ range: previous, territoryId: selection.territoryId, user: reportingUser })),
    [key],
  );
  const devicePrevious = useMemo(() => {
    const r = previousRecords.data;
    if (!r || server) return undefined;
    return computeIndicators({
      ...r,
      territoryIds: data.report.territoryIds,
      programme: false,
      source: 'device',
      accountsKnown: false,
      activity: [],
    });
  }, [previousRecords.data, data.report.territoryIds.join()]);
  const [serverPrevious] = useRemote(server ? () => fetchServerIndicators(previous, selection.territoryId) : undefined, key);
  const before = devicePrevious ?? (serverPrevious.status === 'ready' ? serverPrevious.value : undefined);

  const [targets, reloadTargets] = useRemote(server && year !== undefined ? () => fetchTargets(year) : undefined, `${key}|targets`);
  const [advisors] = useRemote(
    server && user && can(user, 'read advisor activity') ? () => fetchAdvisorActivity(range, selection.territoryId) : undefined,
    `${key}|advisors`,
  );
  const [serverImplemented] = useRemote(server ? () => fetchImplemented(range, selection.territoryId) : undefined, `${key}|implemented`);
  const [closed, reloadClosed] = useRemote(server ? fetchClosedReports : undefined, `${key}|closed`);

  // The device's list is already among its tables (use-device-report.ts): not counted again at each render.
  const implemented = server && serverImplemented.status === 'ready' ? serverImplemented.value.synergies : undefined;
  const deviceTable = (id: IndicatorTable['id']) => (server ? undefined : device.tables.find((t) => t.id === id));
  const tables = {
    comparison: before ? comparisonTable(before, data.report, { previous: rangeLabel(previous), current: rangeLabel(range) }) : undefined,
    targets:
      targets.status === 'ready' && year !== undefined ? targetsTable(targets.value.targets, data.report, data.names, year) : undefined,
    advisors: advisors.status === 'ready' ? advisorsTable(advisors.value.advisors) : undefined,
    implemented: implemented ? implementedTable(implemented, data.names) : deviceTable('implementedList'),
    gainsByCategory: implemented ? gainsByCategoryTable(implemented) : deviceTable('gainsByCategory'),
  };
  return {
    year,
    ...tables,
    failed: {
      previous: message(serverPrevious),
      targets: message(targets),
      advisors: message(advisors),
      implemented: message(serverImplemented),
      closed: message(closed),
    },
    closed,
    reloadTargets,
    reloadClosed,
    shown: Object.values(tables).filter((t) => t !== undefined),
  };
}

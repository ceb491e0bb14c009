// « Exporter en CSV » and « Exporter en XLSX », on the page and on the annual report: the figures'
// tables and what managers compare as the page shows it (useManagerTables), one list for both files.
import { withManagerTables, type IndicatorTable } from '../../domain/indicators';
import { csvToBlob, downloadBlob } from '../../exchange/download';
import { showToast } from '../components/toasts';
import { exportIndicatorsXlsx } from './export-xlsx';
import { csvFileName, indicatorsToCsv } from './indicators-csv';
import type { DeviceReport, ShownReport } from './use-device-report';
import type { ManagerTables } from './use-manager-tables';

/** The manager tables a file adds: none when the device holds nothing to count (the page shows none either). */
export function exportedManagerTables(data: ShownReport, device: DeviceReport, managed: ManagerTables): IndicatorTable[] {
  return data.report.source === 'device' && !device.records.anything ? [] : managed.shown;
}

export function exportCsv(data: ShownReport, managed: readonly IndicatorTable[]): void {
  const tables = withManagerTables(data.tables, managed);
  downloadBlob(csvToBlob(indicatorsToCsv(data.report, tables, data.scopeLabel)), csvFileName(data.report));
  showToast('Indicateurs exportés (CSV).');
}

export function exportXlsx(data: ShownReport, managed: readonly IndicatorTable[]): void {
  const tables = withManagerTables(data.tables, managed);
  void exportIndicatorsXlsx({ report: data.report, tables, scopeLabel: data.scopeLabel, figuresAt: new Date() });
}

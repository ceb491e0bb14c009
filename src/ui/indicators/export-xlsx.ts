// « Exporter en XLSX »: the workbook module (and exceljs with it) is fetched only on this click;
// precached by the service worker like every chunk, so it works offline too.
import type { IndicatorsWorkbookInput } from '../../exchange/indicators-xlsx';
import { downloadBlob } from '../../exchange/download';
import { showToast } from '../components/toasts';

export async function exportIndicatorsXlsx(input: IndicatorsWorkbookInput): Promise<void> {
  try {
    const { indicatorsXlsx, xlsxFileName } = await import('../../exchange/indicators-xlsx');
    const { XLSX_TYPE } = await import('../../exchange/xlsx-tables');
    const bytes = await indicatorsXlsx(input);
    downloadBlob(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), xlsxFileName(input.report, input.closed !== undefined));
    showToast('Indicateurs exportés (classeur XLSX).');
  } catch (e) {
    showToast(`Le classeur XLSX n’a pas pu être écrit : ${e instanceof Error ? e.message : String(e)}`, { kind: 'error' });
  }
}

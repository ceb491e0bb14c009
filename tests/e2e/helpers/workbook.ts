// A workbook the page downloads, read back with exceljs as a spreadsheet would read it.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

/** Clicks the button, waits for the download and reads the file; the context must accept downloads. */
export async function downloadWorkbook(page: Page, button = 'Exporter en XLSX'): Promise<{ name: string; workbook: ExcelJS.Workbook }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  return { name: download.suggestedFilename(), workbook };
}

/** The values of the sheet's row whose first cell reads `label`, from its second cell on. */
export function sheetRow(workbook: ExcelJS.Workbook, sheet: string, label: string): ExcelJS.CellValue[] {
  const found = workbook
    .getWorksheet(sheet)
    ?.getRows(1, workbook.getWorksheet(sheet)!.rowCount)
    ?.find((r) => r.getCell(1).value === label);
  if (!found) throw new Error(`no row « ${label} » in ${sheet}`);
  return (found.values as ExcelJS.CellValue[]).slice(2);
}

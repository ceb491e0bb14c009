// Titled tables written as sheets of an XLSX workbook (exceljs): numbers typed as numbers with a
// format read from the column (integers, tonnes, €, percentages), JJ/MM/AAAA texts as dates, the
// sentence saying how each table is counted, and a running header for print.
import type ExcelJS from 'exceljs';

export type XlsxCell = number | string | Date | undefined;

export interface XlsxTable {
  sheetName: string;
  title: string;
  howCounted: string;
  columns: string[];
  rows: XlsxCell[][];
}

/** Number formats by column unit. The file stores the full value; the format only shows it. */
const UNIT_FORMATS: [RegExp, string][] = [
  [/\(%\)/, '0.0%'],
  [/t CO2e/, '#,##0.00 "t CO2e"'],
  [/\(t\/an\)|\(t\)|tonnes/i, '#,##0.00 "t"'],
  [/MWh/, '#,##0.00 "MWh"'],
  [/m³/, '#,##0 "m³"'],
  [/€/, '#,##0 "€"'],
  [/ETP/, '#,##0.0'],
];
export const INTEGER_FORMAT = '#,##0';
export const DECIMAL_FORMAT = '#,##0.00';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** The format of a column's numbers: its unit, else whole or decimal per value. */
export function numberFormat(column: string, value: number): string {
  const unit = UNIT_FORMATS.find(([re]) => re.test(column));
  if (unit) return unit[1];
  return Number.isInteger(value) ? INTEGER_FORMAT : DECIMAL_FORMAT;
}

/** « 01/03/2025 » → the date at midnight UTC (a calendar day, as Excel stores it); else undefined. */
export function frenchDay(text: string): Date | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : undefined;
}

/** A local calendar day as Excel's date (midnight UTC of the same day number). */
export const excelDay = (d: Date) => new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique whatever the case. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Feuille';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

const BOLD = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3EFE9' } };

/** Print settings shared by every sheet: the running header on each page, « Page n / N » below. */
export function printSetup(sheet: ExcelJS.Worksheet, runningHeader: string): void {
  // « & » starts a code in Excel's header language: doubled to print as itself.
  sheet.headerFooter.oddHeader = `&L&8${runningHeader.replace(/&/g, '&&')}`;
  sheet.headerFooter.oddFooter = '&R&8Page &P / &N';
  sheet.pageSetup.paperSize = 9; // A4
  sheet.pageSetup.orientation = 'landscape';
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
}

/** One table on its own sheet: title, header line, sentence, then the columns and rows. */
export function addTableSheet(workbook: ExcelJS.Workbook, table: XlsxTable, runningHeader: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(table.sheetName);
  const width = Math.max(table.columns.length, 1);
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow([runningHeader]).font = { italic: true, size: 9 };
  const how = sheet.addRow([table.howCounted]);
  how.alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells(how.number, 1, how.number, Math.max(width, 6));
  how.height = Math.min(150, 15 * Math.ceil(table.howCounted.length / 110));
  sheet.addRow([]);
  const header = sheet.addRow(table.columns);
  header.font = BOLD;
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((c) => (c.fill = HEADER_FILL));
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map((c) => (typeof c === 'string' ? (frenchDay(c) ?? c) : (c ?? null))));
    row.eachCell((cell, col) => {
      if (typeof cell.value === 'number') {
        const format = numberFormat(table.columns[col - 1] ?? '', cell.value);
        // Percent columns hold « 75 » for 75 %: Excel's percentages are fractions.
        if (format.endsWith('%')) cell.value = cell.value / 100;
        cell.numFmt = format;
      } else if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 0 }];
  table.columns.forEach((name, i) => {
    const longest = Math.max(name.length, ...table.rows.map((r) => String(r[i] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(48, Math.max(10, longest + 2));
  });
  printSetup(sheet, runningHeader);
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  return sheet;
}

/** The workbook's bytes, ready for a download or a test to read back. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// An Excel workbook (.xlsx) brought in for the flux import, read with exceljs — imported only when a
// workbook is chosen — into the same header and text lines as a CSV: numbers in French form
// (« 2,5 »), dates as JJ/MM/AAAA, text cells as typed (a decimal comma there reads the same way).
import ExcelJS from 'exceljs';
import { formatDecimal } from './excel-format';
import type { Refusal, SpreadsheetResult } from './spreadsheet-file';

/** Beyond this many columns a sheet is no flux list (and reading it would cost for nothing). */
const MAX_COLUMNS = 200;

const refuse = (error: string): Refusal => ({ ok: false, error });
const pad = (n: number) => String(n).padStart(2, '0');

/** Excel stores a date as a calendar day: exceljs gives it at midnight UTC. */
const day = (d: Date) => (Number.isNaN(d.getTime()) ? '' : `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`);

/** One cell as the text a CSV export of it would hold. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatDecimal(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (value instanceof Date) return day(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text ?? '');
  // A formula: the value it last computed (saved with the file); an error value reads as empty.
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellText(value.result as ExcelJS.CellValue) : '';
  return '';
}

function rowCells(row: ExcelJS.Row, width: number): string[] {
  return Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim());
}

/**
 * The sheet named — by default the first that holds a table — as header and lines. The header is
 * the first row naming at least two columns, so a title above the table is passed over; line
 * numbers are those the spreadsheet shows.
 */
export async function readWorkbook(bytes: Uint8Array, maxLines: number, wantedSheet?: string): Promise<SpreadsheetResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return refuse(
      'Ce classeur ne peut pas être lu (fichier abîmé, protégé par un mot de passe, ou pas un vrai .xlsx) : ouvrez-le dans le tableur et enregistrez-le à nouveau en .xlsx ou en CSV.',
    );
  }
  const sheets = workbook.worksheets.filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
  const names = sheets.map((s) => s.name);
  if (wantedSheet !== undefined) {
    const sheet = sheets.find((s) => s.name === wantedSheet);
    return sheet ? sheetTable(sheet, names, maxLines) : refuse(`Le classeur n’a pas de feuille « ${wantedSheet} ».`);
  }
  const results = [];
  for (const sheet of sheets.filter((s) => s.actualRowCount > 0)) {
    const result = sheetTable(sheet, names, maxLines);
    if (result.ok) return result;
    results.push(result);
  }
  return results[0] ?? refuse('Le classeur n’a aucune feuille remplie.');
}

function sheetTable(sheet: ExcelJS.Worksheet, names: string[], maxLines: number): SpreadsheetResult {
  if (sheet.actualRowCount === 0) return refuse(`La feuille « ${sheet.name} » est vide.`);
  if (sheet.columnCount > MAX_COLUMNS) {
    return refuse(`La feuille « ${sheet.name} » a ${sheet.columnCount} colonnes, au plus ${MAX_COLUMNS} : est-ce bien une liste de flux ?`);
  }
  if (sheet.actualRowCount > maxLines + 1) {
    return refuse(
      `Feuille trop longue : ${(sheet.actualRowCount - 1).toLocaleString('fr-FR')} lignes, au plus ${maxLines.toLocaleString('fr-FR')} par import. Découpez-la en plusieurs fichiers.`,
    );
  }
  const width = sheet.columnCount;
  let header: { row: number; cells: string[] } | undefined;
  const lines: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = rowCells(row, width);
    if (!header) {
      if (cells.filter((c) => c !== '').length >= 2) header = { row: rowNumber, cells };
      return;
    }
    if (cells.some((c) => c !== '')) lines.push({ row: rowNumber, cells });
  });
  if (!header) {
    return refuse(
      `Pas de ligne d’en-tête dans la feuille « ${sheet.name} » : une ligne doit nommer les colonnes (Entreprise, Ressource, Sens…) au-dessus des flux.`,
    );
  }
  if (lines.length === 0) return refuse(`La feuille « ${sheet.name} » n’a que sa ligne d’en-tête : aucune ligne à importer.`);
  // Columns after the last named one are dropped, as a CSV export would not have them.
  let last = header.cells.length;
  while (last > 0 && header.cells[last - 1] === '') last--;
  return {
    ok: true,
    table: {
      headers: header.cells.slice(0, last),
      lines: lines.map((l) => ({ row: l.row, cells: l.cells.slice(0, last) })),
      separator: '',
      sheet: sheet.name,
      sheets: names,
    },
  };
}

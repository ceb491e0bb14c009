// Checks on a spreadsheet file brought in for import, before any line is read: not a text file,
// too large, a workbook the app cannot read, no header, malformed quoting — each refused with a
// French sentence. Flux and company imports also read .xlsx workbooks (xlsx-read.ts, loaded only
// then).
import { decodeText } from './download';
import { detectSeparator, parseCsv, stripBom, toCsv } from './csv';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_LINES = 20_000;

export interface SpreadsheetTable {
  headers: string[];
  /** Data lines, with their line number as a spreadsheet shows it (header = line 1). */
  lines: { row: number; cells: string[] }[];
  /** « ; » or « , » for a CSV; '' for a workbook. */
  separator: string;
  /** A workbook: the sheet read, and every sheet it has (to pick another). */
  sheet?: string;
  sheets?: string[];
}

/** A file refused, with the French sentence saying why. */
export interface Refusal {
  ok: false;
  error: string;
}
export type SpreadsheetResult = { ok: true; table: SpreadsheetTable } | Refusal;

const refuse = (error: string): Refusal => ({ ok: false, error });

/** Zip (xlsx, ods) and old binary Excel (xls) signatures. */
function workbookKind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'un classeur Excel (.xlsx) ou OpenDocument (.ods)';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'un classeur Excel ancien format (.xls)';
  return undefined;
}

/** A text file has no NUL byte and few control characters (a PDF or an image has many). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length / 100;
}

/**
 * The line of the first malformed quote, if any: a quoted field closed and followed by something
 * other than a separator or a line end, or a quote never closed. Spreadsheets write neither.
 */
export function quotingProblem(text: string, separator: string): number | undefined {
  let line = 1;
  let quoted = false;
  let openedAt = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== '\r' && next !== '\n' && !text.startsWith(separator, i + 1)) return line;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      openedAt = line;
    }
    if (ch === '\n') line++;
    fieldStart = ch === '\n' || ch === '\r' || text.startsWith(separator, i);
  }
  return quoted ? openedAt : undefined;
}

/** Text of a CSV file to its header and lines, or the reason it cannot be imported. */
export function readSpreadsheetText(rawText: string): SpreadsheetResult {
  const text = stripBom(rawText);
  if (text.trim() === '') return refuse('Le fichier est vide.');
  const separator = detectSeparator(text);
  const badQuote = quotingProblem(text, separator);
  if (badQuote !== undefined) {
    return refuse(`Guillemets mal fermés à la ligne ${badQuote} : enregistrez à nouveau le fichier depuis le tableur (format CSV).`);
  }
  const [header, ...rest] = parseCsv(text, separator);
  const headers = (header ?? []).map((h) => h.trim());
  if (headers.filter((h) => h !== '').length < 2) {
    return refuse(
      'Pas de ligne d’en-tête : la première ligne doit nommer les colonnes (Entreprise, Ressource, Sens…), séparées par « ; » ou « , ».',
    );
  }
  if (rest.length > MAX_IMPORT_LINES) {
    return refuse(
      `Fichier trop long : ${rest.length.toLocaleString('fr-FR')} lignes, au plus ${MAX_IMPORT_LINES.toLocaleString('fr-FR')} par import. Découpez-le en plusieurs fichiers.`,
    );
  }
  const lines = rest.map((cells, i) => ({ row: i + 2, cells })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (lines.length === 0) return refuse('Le fichier n’a que sa ligne d’en-tête : aucune ligne à importer.');
  return { ok: true, table: { headers, lines, separator } };
}

/** Bytes of a chosen file to its table, refusing what is not a CSV text file. */
function tooLarge(size: number): Refusal {
  const mb = (size / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  return refuse(`Fichier trop volumineux : ${mb} Mo, au plus 5 Mo par import. Découpez-le en plusieurs fichiers.`);
}

/** Bytes of a chosen file to its text, refusing what is not a CSV text file. */
export function spreadsheetText(bytes: Uint8Array, fileName = ''): { ok: true; text: string } | Refusal {
  if (bytes.length > MAX_IMPORT_BYTES) return tooLarge(bytes.length);
  const workbook = workbookKind(bytes);
  if (workbook || /\.(xlsx|xls|ods)$/i.test(fileName)) {
    return refuse(
      `Ce fichier est ${workbook ?? 'un classeur'}, pas un CSV : dans le tableur, « Enregistrer sous » › « CSV (séparateur : point-virgule) », puis importez ce fichier.`,
    );
  }
  if (looksBinary(bytes))
    return refuse('Ce fichier n’est pas un fichier texte CSV (PDF, image ou autre format ?) : choisissez un export CSV du tableur.');
  return { ok: true, text: decodeText(bytes) };
}

export function readSpreadsheetBytes(bytes: Uint8Array, fileName = ''): SpreadsheetResult {
  const text = spreadsheetText(bytes, fileName);
  return text.ok ? readSpreadsheetText(text.text) : text;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * A chosen flux file to its table: an .xlsx workbook through exceljs (fetched on this first use),
 * the named sheet or the first that holds anything; anything else as a CSV text file. An .ods or
 * an old .xls is refused, saying how to save it.
 */
export async function readSpreadsheetFile(file: File, sheet?: string): Promise<SpreadsheetResult> {
  if (file.size > MAX_IMPORT_BYTES) return tooLarge(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.ods$/i.test(file.name) || (/\.xls$/i.test(file.name) && !isZip(bytes)) || workbookKind(bytes)?.includes('ancien')) {
    return refuse(
      `Ce fichier est ${workbookKind(bytes) ?? 'un classeur'} que l’application ne lit pas : dans le tableur, « Enregistrer sous » › « Classeur Excel (.xlsx) » ou « CSV (séparateur : point-virgule) », puis importez ce fichier.`,
    );
  }
  if (isZip(bytes) || /\.xlsx$/i.test(file.name)) {
    if (!isZip(bytes))
      return refuse('Ce fichier porte le nom d’un classeur .xlsx mais n’en est pas un : choisissez le classeur enregistré par le tableur.');
    try {
      const { readWorkbook } = await import('./xlsx-read');
      return await readWorkbook(bytes, MAX_IMPORT_LINES, sheet);
    } catch {
      return refuse('La lecture des classeurs n’a pas pu être chargée : reconnectez-vous une fois au réseau, ou importez un CSV.');
    }
  }
  return readSpreadsheetBytes(bytes, file.name);
}

/**
 * A chosen company file (CSV or .xlsx workbook) as the CSV text the company import reads, or why it
 * is refused: size, an unreadable workbook, binary. A workbook's sheet becomes « ; » lines.
 */
export async function readCompanyFileText(file: File): Promise<{ ok: true; text: string } | Refusal> {
  const bytes = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (!isZip(bytes) && !/\.xlsx$/i.test(file.name)) {
    if (file.size > MAX_IMPORT_BYTES) return tooLarge(file.size);
    return spreadsheetText(new Uint8Array(await file.arrayBuffer()), file.name);
  }
  const read = await readSpreadsheetFile(file);
  if (!read.ok) return read;
  // Each line at its row of the sheet (blank lines between), so a refusal names the row people see.
  const rows: string[][] = [read.table.headers];
  for (const line of read.table.lines) {
    while (rows.length < line.row - 1) rows.push([]);
    rows.push(line.cells);
  }
  return { ok: true, text: toCsv(rows) };
}

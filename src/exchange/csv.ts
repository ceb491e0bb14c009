// RFC 4180 CSV codec, no dependency: write rows to text and read text back to rows.
// Pure and spreadsheet-agnostic; French Excel conventions live in excel-format.ts.

export interface CsvWriteOptions {
  /** Field separator; French Excel expects ';' because ',' is its decimal mark. */
  separator?: string;
  /** Prefix a UTF-8 byte order mark, without which Excel reads UTF-8 as Windows-1252. */
  bom?: boolean;
}

export const BOM = '\uFEFF';

function quoteField(value: string, separator: string): string {
  const needsQuotes = value.includes(separator) || /["\r\n]/.test(value) || /^\s|\s$/.test(value);
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text, CRLF line ends (RFC 4180, and what Excel writes). */
export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const separator = options.separator ?? ';';
  const body = rows.map((row) => row.map((cell) => quoteField(cell, separator)).join(separator)).join('\r\n');
  return (options.bom ? BOM : '') + body + (rows.length > 0 ? '\r\n' : '');
}

/** The separator of a file: whichever of ';', ',' or tab is most frequent in its first line. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n' || ch === '\r') break;
    else if (counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  // Ties go to ';', the French default.
  let best = ';';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

/**
 * CSV text to rows. Accepts a BOM, CRLF, LF or CR line ends, quoted fields with doubled quotes,
 * separators and line breaks inside. Lenient like spreadsheets: a stray quote inside an unquoted
 * field is kept as text, an unclosed quote runs to the end of the file. Empty lines are kept as
 * [''] so row numbers match what a spreadsheet shows; a final line break adds no row.
 */
export function parseCsv(text: string, separator: string = detectSeparator(stripBom(text))): string[][] {
  const src = stripBom(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (src.startsWith(separator, i)) {
      endField();
      i += separator.length;
      continue;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

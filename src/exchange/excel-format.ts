// How values are written to and read from cells of a French spreadsheet: decimal comma,
// JJ/MM/AAAA dates, Oui/Non, and the formula-injection guard.

/** 12.5 → "12,5"; full precision and no thousands separator, so it reads back exactly. */
export function formatDecimal(n: number | undefined): string {
  return n === undefined || !Number.isFinite(n) ? '' : String(n).replace('.', ',');
}

/** "12,5", "12.5", "1 200,5" → number; "" → undefined; anything else → NaN. */
export function parseDecimal(text: string): number | undefined {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return undefined;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return Number.NaN;
  return Number(s.replace(',', '.'));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Timestamp or ISO date "2025-03-01" → "01/03/2025" (local calendar day for timestamps). */
export function formatDate(value: number | string | undefined): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
  }
  const d = new Date(value);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** "01/03/2025", "1/3/2025" or "2025-03-01" → "2025-03-01"; "" → undefined; null when unreadable. */
export function parseDate(text: string): string | undefined | null {
  const s = text.trim();
  if (s === '') return undefined;
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const [y, m, d] = fr ? [fr[3]!, fr[2]!, fr[1]!] : iso ? [iso[1]!, iso[2]!, iso[3]!] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Number(y), Number(m) - 1, Number(d));
  if (date.getMonth() !== Number(m) - 1 || date.getDate() !== Number(d)) return null;
  return `${y}-${pad(Number(m))}-${pad(Number(d))}`;
}

/** Local midnight of an ISO day, the timestamp we store for a date typed in a spreadsheet. */
export function isoDayToTimestamp(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

export const formatYesNo = (b: boolean): string => (b ? 'Oui' : 'Non');

const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0', '']);

/** "Oui"/"Non" and the usual variants → boolean; null when unreadable. */
export function parseYesNo(text: string): boolean | null {
  const s = text.trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}

const PLAIN_NUMBER = /^[-+]?\d+([.,]\d+)?$/;

/**
 * A spreadsheet runs a cell starting with = + - @ (or tab/CR) as a formula: prefix it with a
 * quote so a company name like "=HYPERLINK(...)" stays text (OWASP CSV injection). Plain
 * numbers such as "-12,5" are left alone.
 */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Undoes guardFormula when reading back a file we exported. */
export function unguardFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** "2025-03-01" for file names, in the user's local calendar. */
export function localDay(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

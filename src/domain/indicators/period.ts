// The period an indicator is counted over: a year (default), a quarter, or custom dates, always
// resolved to whole days from–to inclusive. Days are UTC days on the device and the server alike,
// so both cut a timestamp into the same period.
import { z } from 'zod';
import { API_PREFIX } from '../api';

/** GET ?from=AAAA-MM-JJ&to=AAAA-MM-JJ&territory=id[,id…] → IndicatorResponse (referents and admins). */
export const INDICATORS_ROUTE = `${API_PREFIX}/indicators`;

const DAY_MS = 86_400_000;

export const PERIOD_KINDS = ['year', 'quarter', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  year: 'Année',
  quarter: 'Trimestre',
  custom: 'Dates choisies',
};

/** Longest custom period accepted: ten years is a programme's whole life. */
export const MAX_PERIOD_DAYS = 3700;

export const DateRangeSchema = z
  .object({
    from: z.iso.date('Date de début invalide (AAAA-MM-JJ)'),
    to: z.iso.date('Date de fin invalide (AAAA-MM-JJ)'),
  })
  .refine((p) => p.from <= p.to, { message: 'La date de fin précède la date de début', path: ['to'] })
  .refine((p) => (Date.parse(p.to) - Date.parse(p.from)) / DAY_MS < MAX_PERIOD_DAYS, {
    message: 'Période trop longue : dix ans au plus',
    path: ['to'],
  });
export type DateRange = z.infer<typeof DateRangeSchema>;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function yearRange(year: number): DateRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** quarter 1–4 */
export function quarterRange(year: number, quarter: number): DateRange {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}` };
}

/** Start (inclusive) and end (exclusive) of the period, in ms since the epoch. */
export function rangeBounds(range: DateRange): { startMs: number; endMs: number } {
  return { startMs: Date.parse(`${range.from}T00:00:00Z`), endMs: Date.parse(`${range.to}T00:00:00Z`) + DAY_MS };
}

/** Every month the period touches, "AAAA-MM", in order. */
export function monthsOf(range: DateRange): string[] {
  const months: string[] = [];
  let [year, month] = range.from.split('-').map(Number) as [number, number];
  const last = range.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${pad(month)}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The period before: the previous year for a year, the previous quarter for a quarter, otherwise
 * the same number of days just before — what a manager sets beside the period.
 */
export function previousRange(range: DateRange): DateRange {
  const [fy, fm, fd] = range.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = range.to.split('-').map(Number) as [number, number, number];
  if (fy === ty && fm === 1 && fd === 1 && tm === 12 && td === 31) return yearRange(fy - 1);
  for (let q = 1; q <= 4; q++) {
    const r = quarterRange(fy, q);
    if (r.from === range.from && r.to === range.to) return q === 1 ? quarterRange(fy - 1, 4) : quarterRange(fy, q - 1);
  }
  const { startMs, endMs } = rangeBounds(range);
  return { from: isoDay(startMs - (endMs - startMs)), to: isoDay(startMs - DAY_MS) };
}

/** The year a period is a whole year of, or undefined (targets are set per year). */
export function wholeYearOf(range: DateRange): number | undefined {
  const year = Number(range.from.slice(0, 4));
  const r = yearRange(year);
  return r.from === range.from && r.to === range.to ? year : undefined;
}

/** The month "AAAA-MM" of a timestamp, as a UTC calendar month. */
export function monthOfMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** The period's months ("AAAA-MM") and the UTC ms each starts at (the first may start before the period). */
export function monthStarts(range: DateRange): { keys: string[]; starts: number[] } {
  const keys = monthsOf(range);
  return { keys, starts: keys.map((k) => Date.UTC(Number(k.slice(0, 4)), Number(k.slice(5, 7)) - 1, 1)) };
}

/**
 * monthOfMs for the many timestamps of one period: a search among the period's month starts
 * instead of a date built and printed per row (20,000 flux for a year).
 */
export function monthFinder(range: DateRange): (ms: number) => string {
  const { keys, starts } = monthStarts(range);
  const end = rangeBounds(range).endMs;
  return (ms) => {
    if (!(ms >= starts[0]! && ms < end)) return monthOfMs(ms);
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= ms) lo = mid;
      else hi = mid - 1;
    }
    return keys[lo]!;
  };
}

const MONTHS_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** "2025-03" → "mars 2025" */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS_FR[Number(m) - 1] ?? m} ${y}`;
}

/** "2025-01-01 → 2025-12-31" in words: « année 2025 », « T2 2025 », or « du 01/03/2025 au 15/06/2025 ». */
export function rangeLabel(range: DateRange): string {
  const [fy, fm, fd] = range.from.split('-');
  const [ty, tm, td] = range.to.split('-');
  if (fy === ty && fm === '01' && fd === '01' && tm === '12' && td === '31') return `année ${fy}`;
  for (let q = 1; q <= 4; q++) {
    const r = quarterRange(Number(fy), q);
    if (r.from === range.from && r.to === range.to) return `T${q} ${fy}`;
  }
  return `du ${fd}/${fm}/${fy} au ${td}/${tm}/${ty}`;
}

/** What the HTTP route reads: a period (default: the current year) and an optional territory list. */
export const IndicatorQuerySchema = z
  .object({
    from: z.iso.date('Date de début invalide (AAAA-MM-JJ)').optional(),
    to: z.iso.date('Date de fin invalide (AAAA-MM-JJ)').optional(),
    /** One territory id, or several separated by commas; absent = every territory in scope. */
    territory: z
      .string()
      .max(2000)
      .regex(/^[0-9A-Za-z_,-]*$/, 'Territoire invalide')
      .optional(),
  })
  .transform((q, ctx) => {
    const year = new Date().getUTCFullYear();
    const range = DateRangeSchema.safeParse({ from: q.from ?? `${year}-01-01`, to: q.to ?? `${year}-12-31` });
    if (!range.success) {
      for (const issue of range.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    }
    const territories = (q.territory ?? '').split(',').filter((t) => t.length > 0);
    return { range: range.data, territoryIds: territories.length > 0 ? [...new Set(territories)] : undefined };
  });
export type IndicatorQuery = z.output<typeof IndicatorQuerySchema>;

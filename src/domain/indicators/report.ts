// The figures of one indicator report, as the device computes them and the server's route answers
// them: per territory and for the whole selection, plus top resources and months.
import { z } from 'zod';
import { FAMILIES, type Family } from '../families';
import { FOLLOWUP_PIPELINE, REJECTION_REASONS } from '../followup';
import { GAIN_METRICS } from '../gains';
import { SYNERGY_KINDS } from '../synergy';
import { ROLES } from '../user';
import { DateRangeSchema } from './period';

const count = z.number().int().nonnegative();
const countsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);
const perFamily = <S extends z.ZodType>(schema: S) => z.object(Object.fromEntries(FAMILIES.map((f) => [f, schema])) as Record<Family, S>);

/** Gains summed: the six typed metrics and t CO2e. */
export const GAIN_TOTAL_KEYS = [...GAIN_METRICS, 'tco2e'] as const;
export type GainTotalKey = (typeof GAIN_TOTAL_KEYS)[number];
export const GainTotalsSchema = z.object(
  Object.fromEntries(GAIN_TOTAL_KEYS.map((k) => [k, z.number().nonnegative()])) as Record<GainTotalKey, z.ZodNumber>,
);
export type GainTotals = z.infer<typeof GainTotalsSchema>;

export const FiguresSchema = z.object({
  companies: countsOf(['mobilised', 'visited', 'workshop', 'both', 'withFlux', 'withConsent'] as const),
  accounts: z.object({ active: count, byRole: countsOf(ROLES) }),
  flux: perFamily(countsOf(['need', 'offer'] as const)),
  synergies: z.object(
    Object.fromEntries(SYNERGY_KINDS.map((k) => [k, perFamily(count)])) as Record<
      (typeof SYNERGY_KINDS)[number],
      ReturnType<typeof perFamily<typeof count>>
    >,
  ),
  funnel: countsOf(FOLLOWUP_PIPELINE),
  rejected: countsOf(REJECTION_REASONS),
  gains: z.object({ expected: perFamily(GainTotalsSchema), realised: perFamily(GainTotalsSchema) }),
  workshops: countsOf(['held', 'participations', 'companies'] as const),
});
export type Figures = z.infer<typeof FiguresSchema>;

export const ResourceCountSchema = z.object({ code: z.string(), count });
export const MonthRowSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  visits: count,
  flux: count,
  leads: count,
  workshops: count,
});
export type MonthRow = z.infer<typeof MonthRowSchema>;

export const IndicatorReportSchema = z.object({
  range: DateRangeSchema,
  /** Territories counted, sorted; `total` covers exactly these. */
  territoryIds: z.array(z.string()),
  /** True when the selection is the whole programme (an admin without a territory filter). */
  programme: z.boolean(),
  /** Where the figures come from: the device's own data, or the server's base. */
  source: z.enum(['device', 'server']),
  /**
   * Whether « Comptes actifs » could be counted: only the server sees every account's sign-ins; a
   * device's report leaves the figure out rather than print a partial one.
   */
  accountsKnown: z.boolean(),
  total: FiguresSchema,
  territories: z.record(z.string(), FiguresSchema),
  topResources: z.object({ offer: z.array(ResourceCountSchema), need: z.array(ResourceCountSchema) }),
  months: z.array(MonthRowSchema),
});
export type IndicatorReport = z.infer<typeof IndicatorReportSchema>;

/** How many resources the « top » lists keep per direction. */
export const TOP_RESOURCES = 10;

const zeroGains = (): GainTotals => Object.fromEntries(GAIN_TOTAL_KEYS.map((k) => [k, 0])) as GainTotals;
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const familyMap = <T>(make: () => T) => Object.fromEntries(FAMILIES.map((f) => [f, make()])) as Record<Family, T>;

/** Figures with every count at zero: the start of every computation, device and server. */
export function emptyFigures(): Figures {
  return {
    companies: zeros(['mobilised', 'visited', 'workshop', 'both', 'withFlux', 'withConsent'] as const),
    accounts: { active: 0, byRole: zeros(ROLES) },
    flux: familyMap(() => zeros(['need', 'offer'] as const)),
    synergies: { substitution: familyMap(() => 0), mutualisation: familyMap(() => 0) },
    funnel: zeros(FOLLOWUP_PIPELINE),
    rejected: zeros(REJECTION_REASONS),
    gains: { expected: familyMap(zeroGains), realised: familyMap(zeroGains) },
    workshops: zeros(['held', 'participations', 'companies'] as const),
  };
}

/**
 * Sums of decimals are rounded to 6 places on both sides: SQL and JavaScript add floats in
 * different orders, which may differ in the 15th digit; nobody reads a gain to a millionth.
 */
export const roundSum = (n: number) => Math.round(n * 1e6) / 1e6;

/** What GET /api/v1/indicators answers: the report and the definitions it was counted with. */
export const IndicatorResponseSchema = IndicatorReportSchema.extend({
  definitions: z.array(z.object({ id: z.string(), label: z.string(), unit: z.string(), howCounted: z.string() })),
});
export type IndicatorResponse = z.infer<typeof IndicatorResponseSchema>;

// Targets per territory and year, set by an admin and shown against the results: which figures
// may carry a target, how a report's figure is read for each, and the shapes the route exchanges.
import { z } from 'zod';
import { FAMILIES } from '../families';
import type { Figures } from './report';

export const TARGET_INDICATORS = ['companiesMobilised', 'synergiesIdentified', 'implemented', 'workshopsHeld', 'tco2eRealised'] as const;
export type TargetIndicator = (typeof TARGET_INDICATORS)[number];
export const TARGET_LABELS: Record<TargetIndicator, string> = {
  companiesMobilised: 'Entreprises mobilisées',
  synergiesIdentified: 'Synergies identifiées',
  implemented: 'Synergies mises en œuvre',
  workshopsHeld: 'Ateliers tenus',
  tco2eRealised: 't CO2e évitées par an (réalisé)',
};

/** A report's figure for a target: the same count the page shows. */
export function targetActual(f: Figures, indicator: TargetIndicator): number {
  switch (indicator) {
    case 'companiesMobilised':
      return f.companies.mobilised;
    case 'synergiesIdentified':
      return FAMILIES.reduce((s, fam) => s + f.synergies.substitution[fam] + f.synergies.mutualisation[fam], 0);
    case 'implemented':
      return f.funnel.implemented;
    case 'workshopsHeld':
      return f.workshops.held;
    case 'tco2eRealised':
      return Math.round(FAMILIES.reduce((s, fam) => s + f.gains.realised[fam].tco2e, 0) * 1000) / 1000;
  }
}

export const TargetSchema = z.object({
  territoryId: z.string().min(1).max(64),
  year: z.number().int().min(2000).max(2100),
  indicator: z.enum(TARGET_INDICATORS, { error: 'Indicateur sans objectif possible' }),
  value: z.number().nonnegative('Un objectif est positif ou nul').max(1e9),
});
export type Target = z.infer<typeof TargetSchema>;
export const TargetListSchema = z.object({ targets: z.array(TargetSchema) });
export const TargetQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** Achieved share of a target in % (one decimal), undefined for a zero target. */
export const targetProgress = (actual: number, target: number) => (target > 0 ? Math.round((actual / target) * 1000) / 10 : undefined);

/** One advisor's activity in a period: records they created, the period's own dates. */
export const AdvisorActivitySchema = z.object({
  /** Null for an account removed since (its activity stays, without a name). */
  userId: z.string().nullable(),
  name: z.string(),
  role: z.string(),
  visits: z.number().int().nonnegative(),
  companies: z.number().int().nonnegative(),
  flux: z.number().int().nonnegative(),
  leads: z.number().int().nonnegative(),
});
export type AdvisorActivity = z.infer<typeof AdvisorActivitySchema>;
export const AdvisorActivityListSchema = z.object({ advisors: z.array(AdvisorActivitySchema) });

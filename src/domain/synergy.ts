// A proposed synergy between flux of different companies, and a referent's review of it.
import { z } from 'zod';
import { FamilySchema } from './families';
import { StakeSchema } from './stake';

export const SYNERGY_KINDS = ['substitution', 'mutualisation'] as const;
export const SynergyKindSchema = z.enum(SYNERGY_KINDS);
export type SynergyKind = z.infer<typeof SynergyKindSchema>;
export const SYNERGY_KIND_LABELS: Record<SynergyKind, string> = {
  substitution: 'Substitution',
  mutualisation: 'Mutualisation',
};

export const ScorePartsSchema = z.object({
  /** Same resource scores higher than a declared compatibility. */
  resource: z.number().min(0).max(100),
  quantity: z.number().min(0).max(100),
  distance: z.number().min(0).max(100),
  timing: z.number().min(0).max(100),
});
export type ScoreParts = z.infer<typeof ScorePartsSchema>;

/**
 * Why these companies form one mutualisation group: the whole territory (group purchase), a
 * training session, a collection round, one business park, or neighbours close to each other.
 */
export const GROUP_RULES = ['territory', 'session', 'round', 'park', 'neighbours'] as const;
export const GroupRuleSchema = z.enum(GROUP_RULES);
export type GroupRule = z.infer<typeof GroupRuleSchema>;

export const SynergySchema = z.object({
  /**
   * Deterministic, so a decision survives re-matching: a substitution's from its two flux ids, a
   * group's from what is shared and where (group-identity.ts), whatever members join or leave.
   */
  id: z.string().min(1),
  kind: SynergyKindSchema,
  family: FamilySchema,
  resourceCodes: z.array(z.string()).min(1),
  fluxIds: z.array(z.string()).min(2),
  companyIds: z.array(z.string()).min(2),
  territoryIds: z.array(z.string()),
  score: z.number().min(0).max(100),
  scoreParts: ScorePartsSchema,
  /** Largest distance between two companies involved, in km. */
  distanceKm: z.number().nonnegative(),
  explanation: z.string(),
  /** Mutualisation only; absent on rows computed before the rule was recorded. */
  groupRule: GroupRuleSchema.optional(),
  /** Estimated yearly stake from the quantities (t diverted, MWh, t CO2e); absent when unknown. */
  stake: StakeSchema.optional(),
  /** A company of it is placed only by its park's or territory's centre: its distance is not a measure. */
  approximatePlace: z.literal(true).optional(),
  computedAt: z.number().int().nonnegative(),
});
export type Synergy = z.infer<typeof SynergySchema>;

export const SYNERGY_STATUSES = ['proposed', 'to-study', 'contacted', 'in-progress', 'implemented', 'rejected'] as const;
export const SYNERGY_STATUS_LABELS: Record<(typeof SYNERGY_STATUSES)[number], string> = {
  proposed: 'Proposée',
  'to-study': 'À étudier',
  contacted: 'Entreprises contactées',
  'in-progress': 'En cours',
  implemented: 'Mise en œuvre',
  rejected: 'Écartée',
};

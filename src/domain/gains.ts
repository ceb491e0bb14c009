// What a synergy is worth per year (expected or realised): tonnes diverted, energy, water, euros,
// jobs, and t CO2e avoided — computed from an emission factor (see co2-factors.ts) or overridden
// by hand, the override kept visible with its reason.
import { z } from 'zod';
import { Co2FactorIdSchema } from './co2-factors';

const amount = (label: string) =>
  z
    .number({ error: `${label} : nombre attendu` })
    .finite(`${label} : nombre attendu`)
    .nonnegative(`${label} : la valeur ne peut pas être négative`)
    .max(1e12, `${label} : valeur trop grande`)
    .optional();

export const GainsSchema = z.object({
  /** t/an of waste or by-product kept out of landfill or incineration. */
  tonnesDiverted: amount('Tonnes détournées'),
  mwh: amount('Énergie (MWh)'),
  waterM3: amount('Eau (m³)'),
  eurSaved: amount('Économies (€)'),
  /** New sales for the supplier of the resource, €/an. */
  eurSales: amount('Ventes nouvelles (€)'),
  jobs: amount('Emplois'),
  /** How CO2e is computed: a factor of the table applied to a quantity in the factor's unit. */
  co2: z
    .object({
      factorId: Co2FactorIdSchema,
      quantity: z.number({ error: 'Quantité : nombre attendu' }).finite().nonnegative().max(1e12),
    })
    .optional(),
  /** A figure typed by hand replaces the computed one; shown as « saisi manuellement ». */
  tco2eOverride: amount('t CO2e'),
  overrideReason: z.string().trim().max(500).default(''),
});
export type Gains = z.infer<typeof GainsSchema>;

export const GAIN_METRICS = ['tonnesDiverted', 'mwh', 'waterM3', 'eurSaved', 'eurSales', 'jobs'] as const;
export type GainMetric = (typeof GAIN_METRICS)[number];
export const GAIN_METRIC_LABELS: Record<GainMetric | 'tco2e', string> = {
  tonnesDiverted: 'Tonnes détournées (t/an)',
  mwh: 'Énergie (MWh/an)',
  waterM3: 'Eau (m³/an)',
  eurSaved: 'Économies (€/an)',
  eurSales: 'Ventes nouvelles (€/an)',
  jobs: 'Emplois (ETP)',
  tco2e: 'Émissions évitées (t CO2e/an)',
};

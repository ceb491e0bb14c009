// What a proposal is worth a year, from its quantities: tonnes kept out of disposal, MWh
// delivered, t CO2e avoided through the entry's emission factor (co2-factors.ts). An estimate to
// sort thousands of proposals by, not a reported gain (a follow-up records those).
import { z } from 'zod';
import { CO2_FACTORS, type Co2FactorId } from './co2-factors';

export const StakeSchema = z.object({
  /** t/an diverted (materials counted in mass). */
  tonnes: z.number().nonnegative().optional(),
  /** MWh/an of energy delivered. */
  mwh: z.number().nonnegative().optional(),
  /** t CO2e/an avoided, when the entry has a public factor. */
  tco2e: z.number().nonnegative().optional(),
});
export type Stake = z.infer<typeof StakeSchema>;

/** Which factor turns a flux of an entry into t CO2e avoided (none: no public factor fits). */
export const CO2_FACTOR_OF_ENTRY: Readonly<Record<string, Co2FactorId>> = {
  // Paper and cardboard: none. The Base Carbone documentation gives recycled pulp and cardboard no
  // lower footprint than virgin ones (co2-factors.ts): their proposals show tonnes, not t CO2e.
  'mat.plastic-film': 'plastics-recycling',
  'mat.plastic-rigid': 'plastics-recycling',
  'mat.scrap-metal': 'steel-scrap',
  'mat.non-ferrous': 'non-ferrous-recycling',
  // Heat recovered, biogas and wood fuel replace natural gas; local solar replaces grid electricity.
  'nrj.waste-heat': 'natural-gas',
  'nrj.steam': 'natural-gas',
  'nrj.biogas': 'natural-gas',
  'nrj.local-renewable': 'electricity-fr',
};

/** Stake of a yearly quantity in base units (kg for mass, kWh for energy) of an entry. */
export function stakeOf(entryCode: string, dimension: string | undefined, yearlyBase: number | undefined): Stake | undefined {
  if (yearlyBase === undefined || !(yearlyBase > 0)) return undefined;
  const factorId = CO2_FACTOR_OF_ENTRY[entryCode];
  const factor = factorId ? CO2_FACTORS[factorId] : undefined;
  // Built field by field, not spread: this runs for every proposal a page shows.
  if (dimension === 'mass') {
    const tonnes = yearlyBase / 1000;
    const stake: Stake = { tonnes: round(tonnes) };
    if (factor?.unit === 't') stake.tco2e = round(tonnes * factor.tco2ePerUnit);
    return stake;
  }
  if (dimension === 'energy') {
    const mwh = yearlyBase / 1000;
    const stake: Stake = { mwh: round(mwh) };
    if (factor?.unit === 'MWh') stake.tco2e = round(mwh * factor.tco2ePerUnit);
    return stake;
  }
  return undefined;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** « 120 t/an · 151 t CO2e/an évitées » for a card. */
export function stakeText(s: Stake | undefined): string {
  if (!s) return '';
  const f = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  const parts: string[] = [];
  if (s.tonnes !== undefined) parts.push(`${f.format(s.tonnes)} t/an`);
  if (s.mwh !== undefined) parts.push(`${f.format(s.mwh)} MWh/an`);
  if (s.tco2e !== undefined) parts.push(`${f.format(s.tco2e)} t CO2e/an évitées`);
  return parts.join(' · ');
}

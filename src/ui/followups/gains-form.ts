// The gains form's text fields and their reading back: French decimals (« 1,5 »), empty = not
// known, validated by the domain's GainsSchema, whose messages already name each figure in French.
import { GAIN_METRICS, GainsSchema, type Co2FactorId, type GainMetric, type Gains } from '../../domain';

export interface GainsDraft {
  metrics: Record<GainMetric, string>;
  factorId: Co2FactorId | '';
  quantity: string;
  /** The person types the t CO2e figure themselves (with a reason). */
  manual: boolean;
  override: string;
  overrideReason: string;
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n).replace('.', ','));

export function draftOf(g: Gains): GainsDraft {
  return {
    metrics: Object.fromEntries(GAIN_METRICS.map((m) => [m, text(g[m])])) as Record<GainMetric, string>,
    factorId: g.co2?.factorId ?? '',
    quantity: text(g.co2?.quantity),
    manual: g.tco2eOverride !== undefined,
    override: text(g.tco2eOverride),
    overrideReason: g.overrideReason,
  };
}

/** « 1 234,5 » → 1234.5; '' → undefined; anything else → NaN (the schema says what is wrong). */
export function parseFrNumber(value: string): number | undefined {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return undefined;
  return /^-?\d*\.?\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

export type GainsReading = { ok: true; gains: Gains } | { ok: false; error: string };

export function readDraft(d: GainsDraft): GainsReading {
  const quantity = parseFrNumber(d.quantity);
  if (d.factorId && quantity === undefined) return { ok: false, error: 'Indiquez la quantité à laquelle appliquer le facteur d’émission' };
  if (d.manual && !d.overrideReason.trim()) return { ok: false, error: 'Dites pourquoi le chiffre de t CO2e est saisi à la main' };
  const candidate = {
    ...Object.fromEntries(GAIN_METRICS.map((m) => [m, parseFrNumber(d.metrics[m])])),
    co2: d.factorId ? { factorId: d.factorId, quantity } : undefined,
    tco2eOverride: d.manual ? parseFrNumber(d.override) : undefined,
    overrideReason: d.manual ? d.overrideReason : '',
  };
  if (d.manual && candidate.tco2eOverride === undefined) return { ok: false, error: 'Saisissez le chiffre de t CO2e évitées' };
  const parsed = GainsSchema.safeParse(candidate);
  return parsed.success ? { ok: true, gains: parsed.data } : { ok: false, error: parsed.error.issues.map((i) => i.message).join(' ; ') };
}

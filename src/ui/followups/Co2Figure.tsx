// The t CO2e avoided per year of a set of gains, and where the figure comes from: the emission
// factor (label, source, year) it was computed with, or « saisi manuellement » with the reason
// (the computed figure, if any, stays visible beside it).
import { computeTco2e, type Gains } from '../../domain';
import { frNumber } from './format';

export function Co2Figure({ gains }: { gains: Gains }) {
  const co2 = computeTco2e(gains);
  const factor = co2.factor;
  const factorLine = factor && (
    <p class="muted">
      Facteur : {factor.label} — source : {factor.source} ({factor.year})
    </p>
  );
  if (co2.source === 'override') {
    return (
      <div class="fu-co2" data-testid="co2-figure">
        <strong>{frNumber(co2.value!)} t CO2e/an</strong> <span class="fu-manual">saisi manuellement</span>
        {gains.overrideReason && <p class="muted">Motif : {gains.overrideReason}</p>}
        {co2.computed !== undefined && <p class="muted">Le calcul donnerait {frNumber(co2.computed)} t CO2e/an.</p>}
        {factorLine}
      </div>
    );
  }
  if (co2.source === 'none' || !factor || !gains.co2) {
    return (
      <p class="muted fu-co2" data-testid="co2-figure">
        Émissions évitées : non calculées (choisissez un facteur d’émission et une quantité).
      </p>
    );
  }
  return (
    <div class="fu-co2" data-testid="co2-figure">
      <strong>{frNumber(co2.value!)} t CO2e/an</strong> évitées = {frNumber(gains.co2.quantity)} {factor.unit} ×{' '}
      {frNumber(factor.tco2ePerUnit, 6)} t CO2e/{factor.unit}
      {factorLine}
    </div>
  );
}

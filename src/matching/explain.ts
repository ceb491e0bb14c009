// The sentence a referent reads aloud in a workshop to present a synergy, in French.
import { MUTUALISATION_LABELS, formatQuantity } from '../domain';
import type { PreparedFlux } from './prepare';

const KM_FORMAT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** "cartons et emballages carton"; keeps acronyms ("DEEE (…)") and the free label of "other". */
export function resourceLabel(f: PreparedFlux): string {
  const label = f.resource.isOther && f.source.label ? f.source.label : f.resource.label;
  const second = label.charAt(1);
  return second && second === second.toLowerCase() ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "de " or "d’" before a word, as French elides before a vowel or a mute h. */
function de(word: string): string {
  return /^[aeiouyàâéèêëîïôöûüh]/i.test(word) ? `d’${word}` : `de ${word}`;
}

/** Confidential quantities are used for the score but never printed. */
function quantityText(f: PreparedFlux): string | undefined {
  const { quantity, unit, period, confidential } = f.source;
  if (quantity === undefined || unit === undefined || confidential) return undefined;
  return formatQuantity(quantity, unit, period);
}

function distanceText(distanceKm: number, other: string): string {
  if (distanceKm === 0) return `dans la même zone d’activités que ${other}`;
  if (distanceKm < 1) return `à moins d’1 km de ${other}`;
  return `à ${KM_FORMAT.format(distanceKm)} km ${de(other)}`;
}

/** "Cartonnages X offre 12 t/an de cartons et emballages carton à 4 km de Y, qui en recherche 10 t/an." */
export function explainSubstitution(offer: PreparedFlux, need: PreparedFlux, distanceKm: number): string {
  const offered = quantityText(offer);
  const needed = quantityText(need);
  const offerLabel = resourceLabel(offer);
  const what = offered ? `offre ${offered} ${de(offerLabel)}` : `a à donner : ${offerLabel},`;
  const where = distanceText(distanceKm, need.company.name);
  let wants: string;
  if (offer.resource.code === need.resource.code) {
    wants = needed ? `qui en recherche ${needed}` : 'qui en a besoin';
  } else {
    const needLabel = resourceLabel(need);
    wants = needed ? `qui recherche ${needed} ${de(needLabel)}` : `qui a besoin ${de(needLabel)}`;
  }
  return `${offer.company.name} ${what} ${where}, ${wants}.`;
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 5);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} et ${rest} autre${rest > 1 ? 's' : ''}`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} et ${shown[shown.length - 1]}`;
}

/** "Formation mutualisée possible : A, B et C ont besoin de formation SST, à moins de 3 km les unes des autres." */
export function explainMutualisation(members: readonly PreparedFlux[], companyNames: readonly string[], spreadKm: number): string {
  const first = members[0]!;
  const kind = first.resource.mutualisation ? MUTUALISATION_LABELS[first.resource.mutualisation] : 'mutualisation';
  const label = resourceLabel(first);
  const verb = first.direction === 'need' ? `ont besoin ${de(label)}` : `ont à donner : ${label}`;
  const where =
    spreadKm === 0
      ? 'dans la même zone d’activités'
      : `à moins de ${KM_FORMAT.format(Math.max(1, Math.ceil(spreadKm)))} km les unes des autres`;
  const head = kind.charAt(0).toUpperCase() + kind.slice(1);
  return `${head} possible : ${listNames(companyNames)} ${verb}, ${where}.`;
}

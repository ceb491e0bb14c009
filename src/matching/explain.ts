// The sentence a referent reads aloud in a workshop to present a synergy, in French.
import { MUTUALISATION_LABELS, RECOVERY_OPERATION_LABELS, UNITS, formatQuantity, type GroupRule, type Mutualisation } from '../domain';
import { verdictOf } from './compatibility';
import type { PairVerdict } from './pair-rules';
import type { PreparedCompany, PreparedFlux } from './prepare';

const KM_FORMAT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** "cartons et emballages carton"; keeps acronyms ("DEEE (…)") and the free label of "other". */
export function resourceLabel(f: PreparedFlux): string {
  const label = f.resource.isOther && f.source.label ? f.source.label : f.resource.label;
  const second = label.charAt(1);
  return second && second === second.toLowerCase() ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

// A full run explains ~200,000 pairs from ~10,000 names and ~100,000 quantities: the pieces are
// cached (Intl formatting dominates otherwise).
const DE_CACHE = new Map<string, string>();
const QUANTITY_CACHE = new WeakMap<PreparedFlux, string | null>();
const KM_CACHE: string[] = [];

/** French elides « de » and « que » before a vowel or a mute h (never before a digit: « de 1 km »). */
const ELIDES = /^[aeiouyàâäéèêëîïôöùûüœæh]/i;

/** "de " or "d’" before a word. */
export function de(word: string): string {
  let text = DE_CACHE.get(word);
  if (text === undefined) {
    text = ELIDES.test(word) ? `d’${word}` : `de ${word}`;
    if (DE_CACHE.size > 100_000) DE_CACHE.clear();
    DE_CACHE.set(word, text);
  }
  return text;
}

/** "que " or "qu’" before a word. */
export const que = (word: string): string => (ELIDES.test(word) ? `qu’${word}` : `que ${word}`);

/** Confidential quantities are used for the score but never printed. */
function quantityText(f: PreparedFlux): string | undefined {
  let text = QUANTITY_CACHE.get(f);
  if (text === undefined) {
    const { quantity, unit, period, confidential } = f.source;
    text = quantity === undefined || unit === undefined || confidential ? null : formatQuantity(quantity, unit, period);
    QUANTITY_CACHE.set(f, text);
  }
  return text ?? undefined;
}

/** Whole km, as KM_FORMAT prints them (it rounds half away from zero, like Math.round here). */
function kmText(distanceKm: number): string {
  const km = Math.round(distanceKm);
  if (km > 10_000) return KM_FORMAT.format(distanceKm);
  return (KM_CACHE[km] ??= KM_FORMAT.format(km));
}

/** « à 4 km » and its space, per whole km: a sentence is then one join fewer. */
const AT_KM_CACHE: string[] = [];

function distanceText(distanceKm: number, other: string): string {
  if (distanceKm === 0) return `dans la même zone d’activités ${que(other)}`;
  if (distanceKm < 1) return `à moins de 1 km ${de(other)}`;
  const km = Math.round(distanceKm);
  const at = km > 10_000 ? `à ${kmText(distanceKm)} km ` : (AT_KM_CACHE[km] ??= `à ${kmText(distanceKm)} km `);
  return at + de(other);
}

/**
 * What is known of companies placed only by their park's or territory's centre (company-place.ts):
 * their distance is not measured, so none is printed (« position de X : zone d’activités … »).
 */
function placeNotes(companies: readonly PreparedCompany[]): string {
  const placed = companies.filter((c) => c.placedBy !== undefined);
  const notes = placed
    .slice(0, 3)
    .map(
      (c) =>
        `position ${de(c.name)} : ${c.placedBy === 'park' ? `zone d’activités${c.zone ? ` ${c.zone}` : ''}` : 'centre de son territoire'}`,
    );
  if (placed.length > 3)
    notes.push(`${placed.length - 3} autre${placed.length > 4 ? 's' : ''} placée${placed.length > 4 ? 's' : ''} de même`);
  return notes.join(' ; ');
}

/** Companies of one park, none of them placed only by its territory: « dans la même zone d’activités » holds. */
function sameKnownPark(companies: readonly PreparedCompany[]): boolean {
  const zone = companies[0]!.zoneKey;
  return zone !== '' && companies.every((c) => c.zoneKey === zone && c.placedBy !== 'territory');
}

/** Where the need is from the offer: a distance only when both companies have their own position. */
function pairWhere(offer: PreparedCompany, need: PreparedCompany, distanceKm: number): string {
  if (offer.placedBy === undefined && need.placedBy === undefined) return distanceText(distanceKm, need.name);
  if (sameKnownPark([offer, need])) return `dans la même zone d’activités ${que(need.name)}`;
  return `à portée ${de(need.name)} (${placeNotes([offer, need])} ; distance à vérifier)`;
}

const HEAD_CACHE = new WeakMap<PreparedFlux, string>();
/** A need's part of the sentence when nothing is to check (« , qui en recherche 10 t/an. »), same entry or not. */
const NEED_PART_SAME = new WeakMap<PreparedFlux, string>();
const NEED_PART_OTHER = new WeakMap<PreparedFlux, string>();
const WANTS_CACHE = new WeakMap<PreparedFlux, string>();

/** "Cartonnages X offre 12 t/an de cartons et emballages carton " (cached per offer, with the space that follows). */
function offerHead(offer: PreparedFlux): string {
  let text = HEAD_CACHE.get(offer);
  if (text === undefined) {
    const offered = quantityText(offer);
    const offerLabel = resourceLabel(offer);
    const what = offered ? `offre ${offered} ${de(offerLabel)}` : `a à donner : ${offerLabel},`;
    HEAD_CACHE.set(offer, (text = `${offer.company.name} ${what} `));
  }
  return text;
}

/** " (R4 : recyclage des métaux)" when the flux records how its waste is recovered. */
function recoveryText(f: PreparedFlux): string {
  const r = f.source.recoveryOperation;
  return r ? ` (${r} : ${RECOVERY_OPERATION_LABELS[r]})` : '';
}

/** "qui en recherche 10 t/an" (same resource) or "qui recherche 10 t/an de …" (cached per need). */
function needTail(need: PreparedFlux, sameResource: boolean): string {
  const needed = quantityText(need);
  // A recycler or a treatment plant (it records how it recovers the waste, or is authorised to take
  // hazardous waste) takes a waste in: it does not "look for" it.
  // (isWaste inlined: this runs for every kept pair.)
  if (sameResource && need.resource.wasteCode !== undefined && (need.source.recoveryOperation !== undefined || need.acceptsHazardous)) {
    return `${needed ? `qui en accepte ${needed} en entrée` : 'qui l’accepte en entrée'}${recoveryText(need)}`;
  }
  if (sameResource) return needed ? `qui en recherche ${needed}` : 'qui en a besoin';
  let text = WANTS_CACHE.get(need);
  if (text === undefined) {
    const needLabel = resourceLabel(need);
    text = needed ? `qui recherche ${needed} ${de(needLabel)}` : `qui a besoin ${de(needLabel)}`;
    WANTS_CACHE.set(need, text);
  }
  return text;
}

/**
 * What the referent must check before calling: an unsaid grade or heat level, a free-label match,
 * an unknown waste code, quantities in units that do not compare.
 */
export function checksOf(offer: PreparedFlux, need: PreparedFlux): string[] {
  const checks = [...(verdictOf(offer, need)?.checks ?? [])];
  if (offer.profile.hazard === 'unknown') checks.push('code déchet à préciser');
  if (offer.yearly !== undefined && need.yearly !== undefined && offer.dimension !== need.dimension) {
    checks.push(`quantités non comparables (${UNITS[offer.source.unit!].label} et ${UNITS[need.source.unit!].label})`);
  }
  return checks;
}

const tailOf = (checks: readonly string[]) => (checks.length ? ` — à vérifier : ${checks.join(' ; ')}` : '');

/** The pair rules' part of the tail, per shared verdict: graded pairs repeat it by the thousand. */
const VERDICT_TAILS = new WeakMap<PairVerdict, string>();

/** « — à vérifier : … » when something is to check, else ''. */
function checksTail(offer: PreparedFlux, need: PreparedFlux): string {
  if (offer.profile.key === '' && need.profile.key === '' && offer.dimension === need.dimension) return '';
  const verdict = verdictOf(offer, need);
  const comparable = offer.yearly === undefined || need.yearly === undefined || offer.dimension === need.dimension;
  if (!verdict || offer.profile.hazard === 'unknown' || !comparable) return tailOf(checksOf(offer, need));
  let tail = VERDICT_TAILS.get(verdict);
  if (tail === undefined) VERDICT_TAILS.set(verdict, (tail = tailOf(verdict.checks)));
  return tail;
}

/**
 * ", qui en recherche 10 t/an." and what to check: the sentence after « where ». Without anything to
 * check it is the same for every pair of the need, so it is kept per need; the record's sentence
 * is then three pieces joined (two thousand records a page, 200,000 a run).
 */
function needPart(need: PreparedFlux, sameResource: boolean, tail: string): string {
  if (tail !== '') return `, ${needTail(need, sameResource)}${tail}.`;
  const cache = sameResource ? NEED_PART_SAME : NEED_PART_OTHER;
  let text = cache.get(need);
  if (text === undefined) cache.set(need, (text = `, ${needTail(need, sameResource)}.`));
  return text;
}

/** "Cartonnages X offre 12 t/an de cartons et emballages carton à 4 km de Y, qui en recherche 10 t/an." */
export function explainSubstitution(offer: PreparedFlux, need: PreparedFlux, distanceKm: number): string {
  const where = pairWhere(offer.company, need.company, distanceKm);
  return offerHead(offer) + where + needPart(need, offer.resource.code === need.resource.code, checksTail(offer, need));
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 5);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} et ${rest} autre${rest > 1 ? 's' : ''}`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} et ${shown[shown.length - 1]}`;
}

/** What the members do, per kind of sharing and direction ("ont besoin d’électricité"). */
function verbOf(kind: Mutualisation | undefined, direction: 'need' | 'offer', label: string): string {
  if (direction === 'offer') return kind === 'shared-collection' ? `ont à faire collecter : ${label}` : `ont à donner : ${label}`;
  if (kind === 'shared-training') return `ont des salariés à former : ${label}`;
  if (kind === 'carpooling') return `ont des salariés intéressés par le ${label}`;
  return `ont besoin ${de(label)}`;
}

/** "électricité" rather than "électricité (achat groupé)" in a sentence already about a group purchase. */
function withoutPurchaseNote(label: string): string {
  return label.replace(/\s*\(([^()]*)\)$/, (whole, inner: string) => {
    const rest = inner
      .replace(/\s*[:,]?\s*achat groupé\s*,?\s*/, ' ')
      .trim()
      .replace(/^[,:]\s*|\s*[,:]$/g, '');
    return inner.includes('achat groupé') ? (rest ? ` (${rest})` : '') : whole;
  });
}

/**
 * Where the members are: the territory, one park, or how far apart (« l’une de l’autre » for two);
 * with a member placed only by its park or territory, what is known instead of a distance.
 */
function whereText(rule: GroupRule, spreadKm: number, companies: readonly PreparedCompany[]): string {
  if (rule === 'territory') return 'sur le même territoire';
  const apart = companies.length === 2 ? 'l’une de l’autre' : 'les unes des autres';
  if (companies.some((c) => c.placedBy !== undefined)) {
    if (sameKnownPark(companies)) return 'dans la même zone d’activités';
    return `à portée ${apart} (${placeNotes(companies)} ; distances à vérifier)`;
  }
  if (rule === 'park' && spreadKm === 0) return 'dans la même zone d’activités';
  return `à moins de ${KM_FORMAT.format(Math.floor(spreadKm) + 1)} km ${apart}`;
}

/** "Formation mutualisée possible : A, B et C ont des salariés à former : habilitation électrique, à moins de 3 km les unes des autres." */
export function explainMutualisation(
  members: readonly PreparedFlux[],
  companyNames: readonly string[],
  spreadKm: number,
  rule: GroupRule,
): string {
  const first = members[0]!;
  const kind = first.resource.mutualisation;
  const label = kind === 'group-purchase' ? withoutPurchaseNote(resourceLabel(first)) : resourceLabel(first);
  const head = kind
    ? `${MUTUALISATION_LABELS[kind].charAt(0).toUpperCase()}${MUTUALISATION_LABELS[kind].slice(1)} possible`
    : 'Mutualisation possible';
  const companies = [...new Map(members.map((m) => [m.company.id, m.company])).values()];
  return `${head} : ${listNames(companyNames)} ${verbOf(kind, first.direction, label)}, ${whereText(rule, spreadKm, companies)}.`;
}

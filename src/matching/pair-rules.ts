// Whether an offer may feed a need, and how sure we are: declared compatibility or a close label
// (« Autre »), grades (incompatible: never; unsaid: lower, with what to check), heat level, steam
// pressure. Hazard is the `hazardous`/`acceptsHazardous` pair of flags (compatibility.ts).
// A pure function of the two flux's profiles, so the engine can cache it per pair of profiles.
import { GRADE_KIND_LABELS, gradeDef, gradeVerdict, labelsClose, type ResourceType } from '../domain';
import type { FluxProfile } from './flux-profile';

/** Resource part of the score: same entry, declared compatibility, close free label. */
export const SAME_RESOURCE = 100;
export const COMPATIBLE_RESOURCE = 70;
export const LABEL_RESOURCE = 50;
/** A grade, temperature or pressure one side does not say: paired, lower, with a check to make. */
const UNSAID_FACTOR = 0.6;

export const LABEL_CHECK = 'rapprochement par libellé';

export interface PairVerdict {
  /** 0–100, the resource part of the score. */
  resource: number;
  /** What to check, in French, as the sentence says it after « à vérifier : ». */
  checks: string[];
}

interface Side {
  resource: ResourceType;
  profile: FluxProfile;
}

/** Saturation temperature of steam at `bar` (absolute), ±5 °C from 1 to 40 bar: 100 · p^0.25. */
const steamTemperature = (bar: number) => 100 * Math.pow(bar, 0.25);

/**
 * The verdict for `offer` feeding `need` by resource, given that their codes may pair (the same
 * entry, a declared `feeds`, or one of them « Autre »); null when they must not.
 */
export function pairVerdict(offer: Side, need: Side, declared: boolean): PairVerdict | null {
  const o = offer.profile;
  const n = need.profile;
  const checks: string[] = [];
  let resource = offer.resource.code === need.resource.code ? SAME_RESOURCE : COMPATIBLE_RESOURCE;
  let unsaid = false;
  if (o.free || n.free) {
    // Free text is never matched blind: only on a close label, whatever the codes.
    if (!labelsClose(o.tokens, n.tokens)) return null;
    resource = LABEL_RESOURCE;
    checks.push(LABEL_CHECK);
  } else if (!declared) return null;

  if (o.graded || n.graded) {
    const verdict = gradeVerdict(o.grade, n.accepts);
    if (verdict === 'mismatch') return null;
    if (verdict === 'unknown') {
      unsaid = true;
      const kind =
        (o.grade && gradeDef(o.grade)?.kind) ||
        offer.resource.gradeKind ||
        need.resource.gradeKind ||
        (n.accepts?.[0] && gradeDef(n.accepts[0])?.kind);
      checks.push(kind ? `${GRADE_KIND_LABELS[kind]} non précisée` : 'qualité non précisée');
    }
  }

  const thermal = offer.resource.thermal ?? need.resource.thermal;
  if (thermal || o.temperatureC !== undefined || n.temperatureC !== undefined) {
    const offered = o.temperatureC ?? (o.pressureBar !== undefined && offer.resource.steam ? steamTemperature(o.pressureBar) : undefined);
    const required = n.temperatureC;
    if (offered !== undefined && required !== undefined) {
      // Heat flows down: a 35 °C reject does not feed a 130 °C process; cold the other way.
      if (thermal === 'cold' ? offered > required : offered < required) return null;
    } else if (thermal) {
      unsaid = true;
      checks.push('niveau de température');
    }
  }

  if (offer.resource.steam && need.resource.steam) {
    if (o.pressureBar !== undefined && n.pressureBar !== undefined) {
      if (o.pressureBar < n.pressureBar) return null;
    } else {
      unsaid = true;
      checks.push('pression de la vapeur');
    }
  }
  return { resource: unsaid ? Math.round(resource * UNSAID_FACTOR) : resource, checks };
}

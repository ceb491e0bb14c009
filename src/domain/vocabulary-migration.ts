// Version 2 of the vocabulary (grades; agri-food, industrial and service entries): how a flux
// recorded with version 1 keeps its meaning. Every old code still exists; an « Autre » whose label
// names exactly one new entry moves to it (reclassifyPatch); a graded entry gets the grade, heat
// level or pressure its own words state. Anything else stays as it was; an « Autre » left is listed
// for review. Pure and idempotent: the device (Dexie v7, backups, pulled records) and the server
// (migration 011, server/store/vocabulary-migration.ts) apply it.
import { searchKey } from './company';
import { FluxSchema, type Flux, type FluxInput } from './flux';
import { reclassifyPatch } from './flux-reclassify';
import { TAXONOMY, gradeFromText, pressureFromText, temperatureFromText, type ResourceType } from './taxonomy';
import { SYNONYMS } from './taxonomy/synonyms';

export const VOCABULARY_VERSION = 2;

/** Entries a label can name exactly (their label, or a synonym of three letters or more), per key. */
let NAMED: Map<string, ResourceType[]> | undefined;
function named(): Map<string, ResourceType[]> {
  if (NAMED) return NAMED;
  NAMED = new Map();
  for (const r of TAXONOMY) {
    if (r.isOther) continue;
    const names = [r.label, r.label.replace(/\s*\(.*\)\s*$/, ''), ...(SYNONYMS[r.code] ?? [])];
    for (const key of new Set(names.map(searchKey).filter((k) => k.length >= 3))) {
      const list = NAMED.get(key) ?? [];
      if (!list.includes(r)) list.push(r);
      NAMED.set(key, list);
    }
  }
  return NAMED;
}

export interface VocabularyMapping {
  /** Fields to change (none: the flux stays as it was). */
  patch: Partial<FluxInput> | undefined;
  /** Left as « Autre »: an advisor should class it when an entry fits. */
  review: boolean;
}

export function mapFluxVocabulary(flux: Flux): VocabularyMapping {
  const resource = TAXONOMY.find((r) => r.code === flux.resourceCode);
  if (!resource) return { patch: undefined, review: false };
  if (resource.isOther) {
    const candidates = (named().get(searchKey(flux.label)) ?? []).filter((r) => r.directions.includes(flux.direction));
    const family = candidates.filter((r) => r.family === resource.family);
    const entry = family.length === 1 ? family[0] : candidates.length === 1 ? candidates[0] : undefined;
    return entry ? { patch: reclassifyPatch(flux, entry), review: false } : { patch: undefined, review: flux.label.trim() !== '' };
  }
  const text = `${flux.label} ${flux.description}`;
  const patch: Partial<FluxInput> = {};
  if (resource.gradeKind) {
    const said = gradeFromText(text, resource.gradeKind);
    if (said && flux.direction === 'offer' && !flux.grade && said !== resource.grade) patch.grade = said;
    if (said && flux.direction === 'need' && !flux.acceptedGrades && !resource.accepts) patch.acceptedGrades = [said];
  }
  if (resource.thermal && flux.temperatureC === undefined) {
    const t = temperatureFromText(text);
    if (t !== undefined) patch.temperatureC = t;
  }
  if (resource.steam && flux.pressureBar === undefined) {
    const p = pressureFromText(text);
    if (p !== undefined) patch.pressureBar = p;
  }
  return { patch: Object.keys(patch).length ? patch : undefined, review: false };
}

export interface RawMapping {
  /** The row with its mapping applied (unknown fields kept), or undefined when unreadable or unchanged. */
  row: Record<string, unknown> | undefined;
  /** Fields the mapping changed. */
  fields: string[];
  /** An « Autre » nothing fits: listed for review. */
  review: boolean;
}

/** A stored row (device or server) through the mapping: the one rule both apply. */
export function mapRawFlux(raw: Record<string, unknown>): RawMapping {
  const parsed = FluxSchema.safeParse(raw);
  if (!parsed.success) return { row: undefined, fields: [], review: false };
  const { patch, review } = mapFluxVocabulary(parsed.data);
  if (!patch) return { row: undefined, fields: [], review };
  const out: Record<string, unknown> = { ...raw, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete out[k];
  return { row: out, fields: Object.keys(patch).sort(), review };
}

/** A stored row with its mapping applied, or undefined when unreadable or unchanged (keeps unknown fields). */
export const mappedRawFlux = (raw: Record<string, unknown>): Record<string, unknown> | undefined => mapRawFlux(raw).row;

/** A flux with its mapping applied (the same object when nothing changes). */
export function withVocabularyMapping<T extends Flux>(flux: T): T {
  const { patch } = mapFluxVocabulary(flux);
  return patch ? { ...flux, ...patch } : flux;
}

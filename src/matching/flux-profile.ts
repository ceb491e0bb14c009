// What the pair rules read of a flux, computed once: its grade (or the grades it accepts), heat
// level, steam pressure, label words (for « Autre »), waste hazard. Fields win; the typed text fills
// what they leave unsaid; the entry's defaults come last.
import {
  entryForLerCode,
  findResource,
  gradeFromText,
  labelTokens,
  labelsClose,
  pressureFromText,
  temperatureFromText,
  type GradeCode,
  type ResourceType,
} from '../domain';
import { fluxWasteHazard, type WasteHazard } from '../domain/ler';
import { SYNONYMS } from '../domain/taxonomy/synonyms';
import type { MatchFlux } from './types';

export interface FluxProfile {
  /** Everything below as one string; '' when no pair rule reads this flux (most flux: cardboard…). */
  key: string;
  /** An « Autre » flux: paired on a close label only. */
  free: boolean;
  /** The entry or the flux has grades: pairs are checked grade against accepted grades. */
  graded: boolean;
  grade: GradeCode | undefined;
  accepts: readonly GradeCode[] | undefined;
  temperatureC: number | undefined;
  pressureBar: number | undefined;
  /** Label words: the free label of « Autre », else the entry's label and synonyms. */
  tokens: ReadonlySet<string>;
  hazard: WasteHazard;
}

/**
 * The entry a flux is matched as: its own, or for an « Autre (matières) » recorded with an official
 * code that means an entry's material (ler-entries.ts), that entry — when its label is empty or
 * agrees with it (« Fer et acier », 17 04 05: ferrous scrap; « Mousse polyuréthane », 07 02 13: not
 * rigid plastics, matched on its words).
 */
export function matchedEntry(f: Pick<MatchFlux, 'wasteCode' | 'label'>, recorded: ResourceType): ResourceType {
  if (!recorded.isOther || !f.wasteCode) return recorded;
  const code = entryForLerCode(f.wasteCode);
  const entry = code ? findResource(code) : undefined;
  if (!entry) return recorded;
  const label = f.label?.trim() ?? '';
  return label === '' || labelsClose(labelTokens(label), entryTokens(entry)) ? entry : recorded;
}

/** Grades whose waste is hazardous whatever the entry's code (packaging that held chemicals, treated wood). */
const HAZARDOUS_GRADES = new Set<string>(['packaging.chemical', 'wood.hazardous']);

const ENTRY_TOKENS = new Map<string, ReadonlySet<string>>();
function entryTokens(r: ResourceType): ReadonlySet<string> {
  let tokens = ENTRY_TOKENS.get(r.code);
  if (!tokens) {
    tokens = labelTokens([r.label, ...(SYNONYMS[r.code] ?? [])].join(' '));
    ENTRY_TOKENS.set(r.code, tokens);
  }
  return tokens;
}

/**
 * Hazard of a waste offer: a hazardous grade (packaging that held chemicals, treated wood), else
 * its LER code (ler/fluxWasteHazard: the flux's own, else its entry's; « Autre » without one: unknown).
 */
export function wasteHazardOf(f: Pick<MatchFlux, 'wasteCode' | 'resourceCode'>, grade: string | undefined): WasteHazard {
  if (grade && HAZARDOUS_GRADES.has(grade)) return 'hazardous';
  return fluxWasteHazard(f);
}

/**
 * Profiles are shared by every flux that reads the same (most flux: one per entry and direction), so
 * pair verdicts can be cached per pair of profile objects (compatibility.ts).
 */
const INTERNED = new Map<string, FluxProfile>();
const MAX_INTERNED = 200_000;

/**
 * The profile of a flux that says nothing of its own (no grade, level, code nor words: most flux),
 * per entry and direction: it reads the entry's defaults only.
 */
const BY_ENTRY = new Map<ResourceType, { offer?: FluxProfile; need?: FluxProfile }>();

export function fluxProfile(f: MatchFlux, r: ResourceType): FluxProfile {
  const silent =
    !f.wasteCode &&
    !f.label &&
    !f.description &&
    f.grade === undefined &&
    f.acceptedGrades === undefined &&
    f.temperatureC === undefined &&
    f.pressureBar === undefined;
  if (silent) {
    let byDirection = BY_ENTRY.get(r);
    if (!byDirection) BY_ENTRY.set(r, (byDirection = {}));
    return (byDirection[f.direction] ??= intern(computeProfile(f, r), r, f.direction));
  }
  return intern(computeProfile(f, r), r, f.direction);
}

function intern(p: FluxProfile, r: ResourceType, direction: MatchFlux['direction']): FluxProfile {
  const id = `${p.key === '' ? `=${r.code}|${direction}` : p.key}|${p.hazard}`;
  const known = INTERNED.get(id);
  if (known) return known;
  if (INTERNED.size >= MAX_INTERNED) INTERNED.clear();
  INTERNED.set(id, p);
  return p;
}

function computeProfile(f: MatchFlux, r: ResourceType): FluxProfile {
  const text = `${f.label ?? ''} ${f.description ?? ''}`.trim();
  const free = r.isOther === true;
  // The text names a grade of the entry's kind (any kind for « Autre »; none for an entry without).
  const said = free || r.gradeKind ? gradeFromText(text, free ? undefined : r.gradeKind) : undefined;
  const offer = f.direction === 'offer';
  const grade = offer ? (f.grade ?? said ?? r.grade) : undefined;
  // A need's text narrows only an entry that has no default (« eau de procédé, contact alimentaire »).
  const accepts = offer
    ? undefined
    : (f.acceptedGrades ?? (said && !r.accepts ? [said] : undefined) ?? r.accepts ?? (r.grade ? [r.grade] : undefined));
  const thermal = free || r.thermal !== undefined;
  const temperatureC = f.temperatureC ?? (thermal ? temperatureFromText(text) : undefined);
  const pressureBar = f.pressureBar ?? (free || r.steam ? pressureFromText(text) : undefined);
  const graded = r.gradeKind !== undefined || grade !== undefined || accepts !== undefined;
  const tokens = free ? labelTokens(text) : entryTokens(r);
  const hazard = offer ? wasteHazardOf(f, grade) : 'non-hazardous';
  const checked = free || graded || thermal || r.steam === true;
  const key = checked
    ? [
        r.code,
        f.direction,
        grade ?? '',
        accepts?.join(',') ?? '',
        temperatureC ?? '',
        pressureBar ?? '',
        free ? [...tokens].sort().join(',') : '',
      ].join('|')
    : '';
  return { key, free, graded, grade, accepts, temperatureC, pressureBar, tokens, hazard };
}

// The grade fields of a flux (what an offer is, what a need accepts, heat by temperature and steam by
// pressure) and their check against the flux's entry: a grade must be of the kind its entry takes.
import { z } from 'zod';
import {
  GRADE_CODES,
  GRADE_KIND_LABELS,
  gradeDef,
  gradeLabel,
  gradesOfKind,
  type GradeCode,
  type GradeKind,
  type ResourceType,
} from './taxonomy';

const GradeSchema = z.enum(GRADE_CODES, { error: 'Qualité inconnue' });

export const FluxGradeFields = {
  /** An offer's grade (carbon steel, PE-HD, cat. 3…); absent: not said (paired lower, with a check). */
  grade: GradeSchema.optional(),
  /** A need's « j'accepte… »: the grades it takes; absent: not said. */
  acceptedGrades: z.array(GradeSchema).max(GRADE_CODES.length).optional(),
  /** Heat or cold: the offer's temperature, or the temperature the need requires (°C). */
  temperatureC: z
    .number({ error: 'Température invalide' })
    .min(-80, 'Température trop basse')
    .max(1600, 'Température trop haute')
    .optional(),
  /** Steam: the offer's pressure, or the pressure the need requires (bar). */
  pressureBar: z
    .number({ error: 'Pression invalide' })
    .positive('La pression doit être positive')
    .max(300, 'Pression trop haute')
    .optional(),
};

/** Kinds of grade a flux of this entry may carry (any for an « Autre » entry). */
export function gradeKindsFor(r: ResourceType): readonly GradeKind[] | 'any' {
  if (r.isOther) return 'any';
  const kinds = new Set<GradeKind>();
  if (r.gradeKind) kinds.add(r.gradeKind);
  for (const g of r.accepts ?? []) kinds.add(gradeDef(g)!.kind);
  return [...kinds];
}

/** The grades a flux of this entry may be or accept, in the list's order (none for « Autre »: any kind). */
export function gradeChoicesFor(r: ResourceType): GradeCode[] {
  const kinds = gradeKindsFor(r);
  return kinds === 'any' ? [] : kinds.flatMap(gradesOfKind);
}

/** French messages for grades that do not fit the entry (empty: all fit). */
export function gradeIssues(
  r: ResourceType,
  f: { grade?: string; acceptedGrades?: readonly string[] },
): { path: string; message: string }[] {
  const kinds = gradeKindsFor(r);
  if (kinds === 'any') return [];
  const fits = (g: string) => kinds.includes(gradeDef(g)!.kind);
  const issues: { path: string; message: string }[] = [];
  const expected = kinds.length
    ? ` : ${kinds.map((k) => GRADE_KIND_LABELS[k]).join(' ou ')} attendue`
    : ' : cette ressource n’a pas de qualité à préciser';
  if (f.grade && !fits(f.grade))
    issues.push({ path: 'grade', message: `« ${gradeLabel(f.grade)} » ne convient pas à « ${r.label} »${expected}` });
  const wrong = f.acceptedGrades?.find((g) => !fits(g));
  if (wrong) issues.push({ path: 'acceptedGrades', message: `« ${gradeLabel(wrong)} » ne convient pas à « ${r.label} »${expected}` });
  return issues;
}

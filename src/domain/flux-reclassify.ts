// Turns an « Autre » flux into a flux of a vocabulary entry without retyping: quantity, unit,
// period, availability, description, LER code stay; the free label goes into the description;
// what the new entry cannot carry (a grade of another kind, an R code that does not fit) is dropped.
import type { Flux, FluxInput } from './flux';
import { gradeKindsFor } from './flux-grades';
import { gradeDef, recoveryOperationsFor, type ResourceType } from './taxonomy';

export function reclassifyPatch(flux: Flux, entry: ResourceType): Partial<FluxInput> {
  if (!entry.directions.includes(flux.direction)) {
    throw new Error(`« ${entry.label} » ne peut pas être ${flux.direction === 'offer' ? 'proposé' : 'recherché'}`);
  }
  const kinds = gradeKindsFor(entry);
  const fits = (g: string) => kinds === 'any' || kinds.includes(gradeDef(g)!.kind);
  const label = flux.label.trim();
  const description = label && !flux.description.includes(label) ? [label, flux.description].filter(Boolean).join(' — ') : flux.description;
  return {
    resourceCode: entry.code,
    family: entry.family,
    label: '',
    description: description.slice(0, 5000),
    grade: flux.grade && fits(flux.grade) ? flux.grade : undefined,
    acceptedGrades: flux.acceptedGrades?.filter(fits).length ? flux.acceptedGrades.filter(fits) : undefined,
    recoveryOperation:
      flux.recoveryOperation && recoveryOperationsFor(entry).includes(flux.recoveryOperation) ? flux.recoveryOperation : undefined,
  };
}

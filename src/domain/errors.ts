// Turns zod issues into sentences a person can read, naming the field in French.
import type { z } from 'zod';

const FIELD_LABELS: Record<string, string> = {
  name: 'Raison sociale',
  siret: 'SIRET',
  naf: 'Code NAF',
  headcount: 'Effectif',
  address: 'Adresse',
  location: 'Localisation',
  lat: 'Latitude',
  lon: 'Longitude',
  territoryId: 'Territoire',
  zone: 'Zone d’activités',
  email: 'E-mail',
  phone: 'Téléphone',
  resourceCode: 'Ressource',
  quantity: 'Quantité',
  unit: 'Unité',
  period: 'Période',
  description: 'Description',
  annualCostEur: 'Coût annuel',
  maxDistanceKm: 'Distance maximale',
  recoveryOperation: 'Opération de valorisation',
  acceptsHazardous: 'Déchet dangereux accepté',
  wasteCode: 'Code déchet (LER)',
  date: 'Date',
};

export function fieldLabel(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  return (last && FIELD_LABELS[last]) ?? last ?? 'Valeur';
}

export interface FieldError {
  field: string;
  message: string;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

/** One readable line: "SIRET : SIRET invalide : 14 chiffres attendus". */
export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const label = fieldLabel(i.path);
      return i.message.startsWith(label) ? i.message : `${label} : ${i.message}`;
    })
    .join(' ; ');
}

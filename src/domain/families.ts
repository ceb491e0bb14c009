// The five families of flux an EIT programme records, with their French labels.
import { z } from 'zod';

export const FAMILIES = ['energy', 'water', 'materials', 'logistics', 'skills'] as const;
export const FamilySchema = z.enum(FAMILIES, { error: 'Famille de flux inconnue' });
export type Family = z.infer<typeof FamilySchema>;

export const FAMILY_LABELS: Record<Family, string> = {
  energy: 'Énergie',
  water: 'Eau',
  materials: 'Matières',
  logistics: 'Logistique',
  skills: 'Compétences',
};

export const DIRECTIONS = ['need', 'offer'] as const;
export const DirectionSchema = z.enum(DIRECTIONS, { error: 'Sens du flux inconnu (besoin ou offre)' });
export type Direction = z.infer<typeof DirectionSchema>;

export const DIRECTION_LABELS: Record<Direction, string> = {
  need: 'Besoin',
  offer: 'À donner / disponible',
};

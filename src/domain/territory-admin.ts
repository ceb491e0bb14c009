// What admins send to manage territories, and the kinds' labels. Outside the domain barrel on
// purpose: only the server and the Territoires page need it, not the app shell (size budget).
import { z } from 'zod';
import { TERRITORY_KINDS, TerritoryKindSchema, TerritoryNameSchema } from './territory';

export const TERRITORY_KIND_LABELS: Record<(typeof TERRITORY_KINDS)[number], string> = {
  metropole: 'Métropole',
  cu: 'Communauté urbaine',
  ca: 'Communauté d’agglomération',
  cc: 'Communauté de communes',
  other: 'Autre',
};

/** Admin only: a new territory (its id is derived from the name). */
export const NewTerritorySchema = z.strictObject({ name: TerritoryNameSchema, kind: TerritoryKindSchema.default('other') });
export type NewTerritory = z.infer<typeof NewTerritorySchema>;

/** Admin only: rename, change the kind, retire or bring back. */
export const TerritoryUpdateSchema = z
  .strictObject({
    name: TerritoryNameSchema.optional(),
    kind: TerritoryKindSchema.optional(),
    retired: z.boolean({ error: 'Retiré : vrai ou faux attendu' }).optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), 'Aucune modification demandée');
export type TerritoryUpdate = z.infer<typeof TerritoryUpdateSchema>;

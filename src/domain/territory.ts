// Territories (EPCI), managed by the programme's admins on the server (territory-admin.ts); the
// five EPCI of the Bourgogne Industrie programme ship as defaults. Business parks are in park.ts;
// Zone is the device-only list of earlier versions, kept so old backups still read.
import { z } from 'zod';
import { isPlainText } from './park-names';
import { RecordMetaSchema } from './record';

export const TERRITORY_KINDS = ['metropole', 'cu', 'ca', 'cc', 'other'] as const;
export const TerritoryNameSchema = z
  .string({ error: 'Nom du territoire requis' })
  .trim()
  .min(2, 'Nom du territoire trop court (2 caractères min.)')
  .max(120, 'Nom du territoire trop long (120 caractères max.)')
  .refine(isPlainText, 'Nom du territoire invalide : caractères de contrôle interdits');
export const TerritoryKindSchema = z.enum(TERRITORY_KINDS, { error: 'Type de territoire inconnu (metropole, cu, ca, cc, other)' });

export const TerritorySchema = RecordMetaSchema.extend({
  name: TerritoryNameSchema,
  kind: TerritoryKindSchema.default('cc'),
  /** A territory the programme no longer covers: kept for its companies, offered for no new one. */
  retired: z.boolean().default(false),
  /**
   * Its outline (map/outline.ts), checked by the server when an admin loads it and by the map when
   * it draws it; unknown here so the app shell carries no GeoJSON schema.
   */
  outline: z.unknown().optional(),
});
export type Territory = z.infer<typeof TerritorySchema>;

export const ZoneSchema = RecordMetaSchema.extend({
  territoryId: z.string().min(1, 'Territoire requis'),
  name: z.string().trim().min(2, 'Nom de la zone trop court').max(120),
});
export type Zone = z.infer<typeof ZoneSchema>;

const seed = (id: string, name: string, kind: Territory['kind']): Territory => ({
  id,
  name,
  kind,
  createdAt: 0,
  updatedAt: 0,
  rev: 0,
  deleted: false,
  retired: false,
});

export const DEFAULT_TERRITORIES: Territory[] = [
  seed('dijon-metropole', 'Dijon métropole', 'metropole'),
  seed('cu-creusot-montceau', 'CU Creusot-Montceau', 'cu'),
  seed('cc-grand-autunois-morvan', 'CC Grand Autunois Morvan', 'cc'),
  seed('cc-entre-arroux-loire-somme', 'CC Entre Arroux Loire et Somme', 'cc'),
  seed('cc-grand-charolais', 'CC Le Grand Charolais', 'cc'),
];

// Territories (EPCI) and business parks (zones); the five EPCI of the Bourgogne Industrie
// programme ship as defaults and can be edited.
import { z } from 'zod';
import { RecordMetaSchema } from './record';

export const TerritorySchema = RecordMetaSchema.extend({
  name: z.string().trim().min(2, 'Nom du territoire trop court').max(120),
  kind: z.enum(['metropole', 'cu', 'ca', 'cc', 'other']).default('cc'),
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
});

export const DEFAULT_TERRITORIES: Territory[] = [
  seed('dijon-metropole', 'Dijon métropole', 'metropole'),
  seed('cu-creusot-montceau', 'CU Creusot-Montceau', 'cu'),
  seed('cc-grand-autunois-morvan', 'CC Grand Autunois Morvan', 'cc'),
  seed('cc-entre-arroux-loire-somme', 'CC Entre Arroux Loire et Somme', 'cc'),
  seed('cc-grand-charolais', 'CC Le Grand Charolais', 'cc'),
];

// Fields every stored record carries: identity, timestamps, server revision and tombstone.
import { z } from 'zod';

export const IdSchema = z.string({ error: 'Identifiant manquant' }).regex(/^[0-9A-Za-z][0-9A-Za-z_-]{1,63}$/, 'Identifiant invalide');

export const RecordMetaSchema = z.object({
  id: IdSchema,
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** Server revision this copy is based on; 0 until the server has seen it. */
  rev: z.number().int().nonnegative().default(0),
  /** Tombstone: deleted records are kept so the deletion can be synced. */
  deleted: z.boolean().default(false),
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

/** Fields managed by storage and sync, never edited by a form. */
export const META_FIELDS = ['id', 'createdAt', 'updatedAt', 'rev', 'deleted'] as const;

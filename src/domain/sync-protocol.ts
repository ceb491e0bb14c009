// The sync contract between the app and the server: push mutations, pull changes by cursor.
import { z } from 'zod';
import { CompanySchema } from './company';
import { FluxSchema } from './flux';
import { FollowupSchema } from './followup';
import { IdSchema } from './record';
import { VisitSchema } from './visit';
import { WorkshopSchema } from './workshop';

/** Tables that travel between devices, and the schema of a full record of each. */
export const SYNCED_TABLES = ['companies', 'flux', 'visits', 'followups', 'workshops'] as const;
export const SyncedTableSchema = z.enum(SYNCED_TABLES, { error: 'Table inconnue' });
export type SyncedTable = z.infer<typeof SyncedTableSchema>;
export const RECORD_SCHEMAS = {
  companies: CompanySchema,
  flux: FluxSchema,
  visits: VisitSchema,
  followups: FollowupSchema,
  workshops: WorkshopSchema,
} as const;

export const MAX_PUSH_BATCH = 500;
export const MAX_PULL_LIMIT = 1000;

export const MutationSchema = z.object({
  /** Unique per local change; the server applies a mutation id once, ever. */
  mutationId: z.uuid('Identifiant de mutation invalide'),
  table: SyncedTableSchema,
  recordId: IdSchema,
  op: z.enum(['upsert', 'delete']),
  /** Changed fields with their new values (a full record on creation). */
  patch: z.record(z.string(), z.unknown()).default({}),
  /** Server revision the client's copy was at when the change was made; 0 for a new record. */
  baseRev: z.number().int().nonnegative(),
  clientTime: z.number().int().nonnegative(),
});
export type Mutation = z.infer<typeof MutationSchema>;

export const PushRequestSchema = z.object({
  clientId: z.string().min(1).max(64),
  mutations: z.array(MutationSchema).max(MAX_PUSH_BATCH, `${MAX_PUSH_BATCH} mutations au plus par envoi`),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const MutationResultSchema = z.discriminatedUnion('status', [
  z.object({ mutationId: z.string(), status: z.literal('applied'), rev: z.number().int() }),
  /** Already applied earlier (a retry): nothing done again. */
  z.object({ mutationId: z.string(), status: z.literal('duplicate'), rev: z.number().int() }),
  /** A field changed on the server since baseRev was also changed here: both versions kept. */
  z.object({
    mutationId: z.string(),
    status: z.literal('conflict'),
    fields: z.array(z.string()),
    server: z.record(z.string(), z.unknown()),
    rev: z.number().int(),
  }),
  z.object({ mutationId: z.string(), status: z.literal('rejected'), error: z.string() }),
]);
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z.object({ results: z.array(MutationResultSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PullQuerySchema = z.object({
  since: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(MAX_PULL_LIMIT),
});

export const ChangeSchema = z.object({
  table: SyncedTableSchema,
  rev: z.number().int().positive(),
  /** The full record after the change; `deleted: true` for a tombstone. */
  record: z.record(z.string(), z.unknown()),
});
export type Change = z.infer<typeof ChangeSchema>;

export const PullResponseSchema = z.object({
  changes: z.array(ChangeSchema),
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const ApiErrorSchema = z.object({
  error: z.string(),
  field: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

// The sync contract between the app and the server: push mutations, pull changes by cursor.
import { z } from 'zod';
import { CompanySchema } from './company';
import { FluxSchema } from './flux';
import { FollowupSchema } from './followup';
import { IdSchema } from './record';
import { ReceivedCodeSchema } from './refusals';
import { RoleSchema } from './user';
import { cleanDeep } from './text-safety';
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

/** The fields a record of each table may carry: anything else in a patch is dropped before merge. */
export const RECORD_FIELDS = Object.fromEntries(
  Object.entries(RECORD_SCHEMAS).map(([table, schema]) => [table, new Set(Object.keys(schema.shape))]),
) as unknown as Record<SyncedTable, ReadonlySet<string>>;

/**
 * What a patch may change: only the table's own fields (unknown names would grow the per-field
 * history for ever), with NUL removed and lone surrogates replaced in every string.
 */
export function cleanPatch(table: SyncedTable, patch: Record<string, unknown>): Record<string, unknown> {
  const known = RECORD_FIELDS[table];
  const kept = Object.entries(patch).filter(([field]) => known.has(field));
  return cleanDeep(Object.fromEntries(kept)) as Record<string, unknown>;
}

export const MAX_PUSH_BATCH = 500;
export const MAX_PULL_LIMIT = 1000;

export const MutationSchema = z.object({
  /** Unique per local change; the server applies a mutation id once per user, ever. */
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

/** The device's id: stored in SQL and in the per-field history, so plain characters only. */
export const ClientIdSchema = z
  .string({ error: 'Identifiant d’appareil invalide' })
  .regex(/^[0-9A-Za-z][0-9A-Za-z_.:-]{0,63}$/, 'Identifiant d’appareil invalide');

const MutationListSchema = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: 'Mutations : liste attendue' }).max(MAX_PUSH_BATCH, `${MAX_PUSH_BATCH} mutations au plus par envoi`);

export const PushRequestSchema = z.object({ clientId: ClientIdSchema, mutations: MutationListSchema(MutationSchema) });
export type PushRequest = z.infer<typeof PushRequestSchema>;

/**
 * What the server reads first: the envelope only. Each mutation is then checked on its own, so one
 * malformed change is refused alone and the others of the batch are applied.
 */
export const PushEnvelopeSchema = z.object({ clientId: ClientIdSchema, mutations: MutationListSchema(z.unknown()) });

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
  /** `code` (see refusals.ts) tells the device what to offer; `error` is the French sentence. */
  z.object({ mutationId: z.string(), status: z.literal('rejected'), error: z.string(), code: ReceivedCodeSchema }),
]);
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z.object({ results: z.array(MutationResultSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PullQuerySchema = z.object({
  since: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(MAX_PULL_LIMIT),
  /**
   * The scope the device's cursor was taken under (PullResponse.scope; '' when unknown). Another
   * scope than the user's now (a territory added to the account) means a resend from the start.
   */
  scope: z.string().max(64).optional(),
});

export const ChangeSchema = z.object({
  table: SyncedTableSchema,
  rev: z.number().int().positive(),
  /** The full record after the change; `deleted: true` for a tombstone. */
  record: z.record(z.string(), z.unknown()),
});
export type Change = z.infer<typeof ChangeSchema>;

/**
 * A record that left the user's territories (its company moved elsewhere): the device removes its
 * copy. It has a revision like any change, so it is pulled once, in order.
 */
export const GoneSchema = z.object({ table: SyncedTableSchema, id: z.string(), rev: z.number().int().positive() });
export type Gone = z.infer<typeof GoneSchema>;

export const PullResponseSchema = z.object({
  changes: z.array(ChangeSchema),
  /** Absent from servers older than this field: nothing left. */
  gone: z.array(GoneSchema).default([]),
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** Records of the user's territories still to pull after this page (a first sync's progress). */
  remaining: z.number().int().nonnegative().optional(),
  /** Names the user's territories now. Absent from older servers. */
  scope: z.string().optional(),
  /** The account as the server knows it now: an admin may have changed its territories or role. */
  account: z.object({ role: RoleSchema, territoryIds: z.array(z.string()) }).optional(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const ApiErrorSchema = z.object({
  error: z.string(),
  field: z.string().optional(),
  /** A stable machine code (refusals.ts); absent from older servers. */
  code: ReceivedCodeSchema,
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

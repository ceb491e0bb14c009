// The JSON backup file: a versioned envelope holding every local table, and the zod schemas that
// check it before anything is restored. Records are checked with the domain's own schemas.
import { WorkshopSchema } from '../domain/workshop';
import { z } from 'zod';
import { ParkSchema } from '../domain/park';
import {
  CompanySchema,
  FluxSchema,
  FollowupSchema,
  IdSchema,
  SyncedTableSchema,
  TerritorySchema,
  VisitSchema,
  ZoneSchema,
} from '../domain';

export const BACKUP_FORMAT = 'synergies-terrain-backup';
export const BACKUP_VERSION = 1;

/** Mirrors OutboxEntry (src/db/outbox-entry.ts): pending changes must survive a restore. */
export const OutboxEntrySchema = z.object({
  seq: z.number().int().positive().optional(),
  mutationId: z.string().min(1),
  table: SyncedTableSchema,
  recordId: IdSchema,
  recordKey: z.string().min(1),
  op: z.enum(['upsert', 'delete']),
  patch: z.record(z.string(), z.unknown()),
  baseRev: z.number().int().nonnegative(),
  createdAt: z.number().int().nonnegative(),
  sentAt: z.number().int().nonnegative().optional(),
});

/** Mirrors ConflictEntry (src/db/outbox-entry.ts). */
export const ConflictEntrySchema = z.object({
  id: z.string().min(1),
  table: SyncedTableSchema,
  recordId: IdSchema,
  recordKey: z.string().min(1),
  fields: z.array(z.string()),
  local: z.record(z.string(), z.unknown()),
  server: z.record(z.string(), z.unknown()),
  createdAt: z.number().int().nonnegative(),
  historyConflictId: z.string().min(1).max(64).optional(),
  notice: z.boolean().optional(),
});

/** Mirrors StoredPark (src/db/parks.ts): a proposal typed offline must survive a restore. */
export const StoredParkSchema = ParkSchema.extend({
  pendingSince: z.number().int().nonnegative().optional(),
  error: z.string().max(500).optional(),
  review: z.literal(true).optional(),
});

/**
 * Tables in the order they are checked and restored. Synergies are not among them: derived, held by
 * the matching worker and recomputed after a restore (schema v5 dropped their table).
 */
export const TABLE_SCHEMAS = {
  territories: TerritorySchema,
  zones: ZoneSchema,
  parks: StoredParkSchema,
  companies: CompanySchema,
  flux: FluxSchema,
  visits: VisitSchema,
  followups: FollowupSchema,
  workshops: WorkshopSchema,
  outbox: OutboxEntrySchema,
  conflicts: ConflictEntrySchema,
} as const;
export type BackupTable = keyof typeof TABLE_SCHEMAS;
export const BACKUP_TABLES = Object.keys(TABLE_SCHEMAS) as BackupTable[];

export const TABLE_LABELS: Record<BackupTable, string> = {
  territories: 'Territoires',
  zones: 'Zones d’activités',
  parks: 'Zones d’activités (liste partagée)',
  companies: 'Entreprises',
  flux: 'Flux',
  visits: 'Visites',
  followups: 'Suivis de synergies',
  workshops: 'Ateliers',
  outbox: 'Modifications à synchroniser',
  conflicts: 'Conflits',
};

const rows = z.array(z.unknown(), { error: 'liste d’enregistrements attendue' });

/** The envelope alone; records are checked one by one afterwards to say which one is wrong. */
export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ error: 'date d’export invalide' }),
  schemaVersion: z.number().int().positive(),
  tables: z.object({
    territories: rows,
    zones: rows,
    // Optional: backups made before business parks were shared.
    parks: rows.default([]),
    companies: rows,
    flux: rows,
    visits: rows,
    // Optional: backups written before follow-ups existed (schema v2) have none.
    followups: rows.default([]),
    // Optional: backups made before workshops existed.
    workshops: rows.default([]),
    outbox: rows,
    conflicts: rows,
    // Backups written before schema v5 also hold `synergies`: accepted and left out (recomputed).
  }),
});

export type BackupTables = { [T in BackupTable]: z.infer<(typeof TABLE_SCHEMAS)[T]>[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 instant of the export. */
  exportedAt: string;
  /** IndexedDB schema version of the app that wrote it. */
  schemaVersion: number;
  tables: BackupTables;
}

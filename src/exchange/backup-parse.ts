// Reading a backup file: checks everything (JSON, envelope, every record) before a restore may
// touch the base, and says in French what is wrong and where.
import { z } from 'zod';
import { formatZodError } from '../domain';
import { CURRENT_VERSION } from '../db/schema';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupEnvelopeSchema,
  TABLE_LABELS,
  TABLE_SCHEMAS,
  type Backup,
  type BackupTable,
} from './backup-schema';

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

// Enough to fix a file by hand without burying the user under a thousand lines.
const MAX_REPORTED = 5;

const fail = (error: string): ParseBackupResult => ({ ok: false, error });

function describeRecord(table: BackupTable, index: number, raw: unknown): string {
  const r = (raw ?? {}) as { id?: unknown; seq?: unknown; name?: unknown };
  const id = table === 'outbox' ? r.seq : r.id;
  const name = typeof r.name === 'string' && r.name ? ` « ${r.name} »` : '';
  const idText = typeof id === 'string' || typeof id === 'number' ? `, identifiant ${id}` : '';
  return `${TABLE_LABELS[table]}, enregistrement n° ${index + 1}${idText}${name}`;
}

function envelopeError(error: z.ZodError, data: Record<string, unknown>): string {
  if (data.format !== BACKUP_FORMAT) {
    return `Ce fichier n’est pas une sauvegarde Synergies Terrain (format ${JSON.stringify(data.format ?? null)} au lieu de "${BACKUP_FORMAT}").`;
  }
  if (data.version !== BACKUP_VERSION) {
    return `Version de sauvegarde ${JSON.stringify(data.version ?? null)} non prise en charge (version ${BACKUP_VERSION} attendue) : mettez l’application à jour.`;
  }
  const problems = error.issues.slice(0, MAX_REPORTED).map((i) => {
    const where =
      i.path[0] === 'tables' && typeof i.path[1] === 'string' && i.path[1] in TABLE_LABELS
        ? `table ${TABLE_LABELS[i.path[1] as BackupTable]}`
        : i.path.map(String).join('.') || 'fichier';
    return `${where} : ${i.message}`;
  });
  return `Sauvegarde incomplète ou abîmée — ${problems.join(' ; ')}.`;
}

/** Checks every record of every table; collects readable errors, and duplicate keys. */
function checkTables(raw: Record<BackupTable, unknown[]>): { tables?: Backup['tables']; errors: string[]; count: number } {
  const errors: string[] = [];
  let count = 0;
  const tables = {} as Record<BackupTable, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const schema: z.ZodType = TABLE_SCHEMAS[table];
    const seen = new Set<unknown>();
    tables[table] = raw[table].map((record, index) => {
      const parsed = schema.safeParse(record);
      const key = table === 'outbox' ? (record as { seq?: unknown })?.seq : (record as { id?: unknown })?.id;
      let problem = parsed.success ? undefined : formatZodError(parsed.error);
      if (!problem && key !== undefined && seen.has(key)) problem = 'identifiant en double dans la table';
      seen.add(key);
      if (problem) {
        count++;
        if (errors.length < MAX_REPORTED) errors.push(`${describeRecord(table, index, record)} : ${problem}`);
      }
      return parsed.data;
    });
  }
  return { tables: count === 0 ? (tables as Backup['tables']) : undefined, errors, count };
}

/** A backup file's text to a checked Backup, or a French message saying what is wrong. */
export function parseBackup(text: string): ParseBackupResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(
      'Ce fichier n’est pas une sauvegarde lisible : son contenu n’est pas du JSON valide (fichier tronqué ou d’un autre type ?).',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('Ce fichier n’est pas une sauvegarde Synergies Terrain : objet JSON attendu.');
  }
  const envelope = BackupEnvelopeSchema.safeParse(data);
  if (!envelope.success) return fail(envelopeError(envelope.error, data as Record<string, unknown>));
  if (envelope.data.schemaVersion > CURRENT_VERSION) {
    return fail(
      `Cette sauvegarde vient d’une version plus récente de l’application (base v${envelope.data.schemaVersion}, ` +
        `celle-ci gère la v${CURRENT_VERSION}) : mettez l’application à jour avant de la restaurer.`,
    );
  }
  const { tables, errors, count } = checkTables(envelope.data.tables);
  if (!tables) {
    const more = count > errors.length ? ` … et ${count - errors.length} autre(s) enregistrement(s) invalide(s).` : '';
    const plural = count > 1 ? 's' : '';
    return fail(`Sauvegarde refusée, ${count} enregistrement${plural} invalide${plural} : ${errors.join(' | ')}${more}`);
  }
  return { ok: true, backup: { ...envelope.data, format: BACKUP_FORMAT, version: BACKUP_VERSION, tables } };
}

// The versioned IndexedDB schema. Each version is kept forever: Dexie replays them in order to
// bring any device's database, however old, up to date. Version 1 is what the first release
// shipped; version 2 adds search keys, sync fields, the outbox, conflicts and synergies; version 3
// the follow-ups of synergies; version 4 the shared business parks; version 5 deletes synergies
// again (held by the matching worker, never stored); version 6 the workshops; version 7 maps flux
// onto the vocabulary's version 2 (grades, new entries); version 8 indexes flux and follow-ups by
// creation date (the indicators read a period through them).
import Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { parkNameKey, searchKey } from '../domain';

/**
 * Family of a resource code written by the first release (version 1 rows), read from its prefix:
 * those codes are frozen history, and reading the prefix keeps the whole vocabulary out of the
 * app shell, which opens the database before anything else.
 */
const FIRST_RELEASE_FAMILIES: Record<string, string> = { nrj: 'energy', eau: 'water', mat: 'materials', log: 'logistics', comp: 'skills' };

export const SCHEMA_V1 = {
  companies: 'id, name, siret, territoryId',
  flux: 'id, companyId',
  visits: 'id, companyId',
  territories: 'id',
} as const;

export const SCHEMA_V2 = {
  companies: 'id, nameKey, siret, territoryId, updatedAt',
  flux: 'id, companyId, resourceCode, updatedAt',
  visits: 'id, companyId, date',
  territories: 'id',
  zones: 'id, territoryId',
  outbox: '++seq, recordKey',
  conflicts: 'id, recordKey',
  synergies: 'id, kind, family, *companyIds, score',
} as const;

/** v3: follow-ups of synergies, a synced table of their own (never fields on derived rows). */
export const SCHEMA_V3 = {
  followups: 'id, synergyId, status, *territoryIds, updatedAt, nextAction.dueDate, nextAction.assigneeId',
} as const;

/** v4: business parks shared per territory (pulled from the server, or proposed here). */
export const SCHEMA_V4 = {
  parks: 'id, territoryId',
} as const;

/**
 * v5 drops `synergies`: they are derived, recomputed in about a second and held by the matching
 * worker (src/matching/README.md); writing 200k rows took minutes at regional scale.
 */
export const SCHEMA_V5 = { synergies: null } as const;

/** v6: detection workshops. */
export const SCHEMA_V6 = {
  workshops: 'id, territoryId, date, state',
} as const;

/** v7: no new table; flux mapped onto the vocabulary's version 2 (upgradeToV7). */
export const SCHEMA_V7 = {} as const;

/**
 * v8: flux and follow-ups indexed by creation date, so « Indicateurs » reads the period it counts
 * instead of every record (an index only: Dexie builds it from the rows already stored).
 */
export const SCHEMA_V8 = {
  flux: 'id, companyId, resourceCode, updatedAt, createdAt',
  followups: 'id, synergyId, status, *territoryIds, updatedAt, nextAction.dueDate, nextAction.assigneeId, createdAt',
} as const;

export const CURRENT_VERSION = 8;
/** The first database version whose flux use the vocabulary's version 2. */
export const VOCABULARY_V2_SCHEMA = 7;

/** v1 → v2: every record gets its sync fields; companies a search key; flux their family. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('companies')
    .toCollection()
    .modify((c: Record<string, unknown>) => {
      c.nameKey = searchKey(String(c.name ?? ''));
      c.rev ??= 0;
      c.deleted ??= false;
    });
  await tx
    .table('flux')
    .toCollection()
    .modify((f: Record<string, unknown>) => {
      f.family ??= FIRST_RELEASE_FAMILIES[String(f.resourceCode).split('.')[0]!];
      f.rev ??= 0;
      f.deleted ??= false;
    });
  for (const name of ['visits', 'territories']) {
    await tx
      .table(name)
      .toCollection()
      .modify((r: Record<string, unknown>) => {
        r.rev ??= 0;
        r.deleted ??= false;
      });
  }
}

/**
 * v2 → v4: zones typed on this device (the previous, device-only list) become proposals waiting
 * to be sent, so nothing typed is lost; the zones table stays for old backups.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const zones = (await tx.table('zones').toArray()) as Record<string, unknown>[];
  const now = Date.now();
  const parks = zones
    .filter((z) => z.deleted !== true && typeof z.name === 'string' && parkNameKey(z.name) !== '')
    .map((z) => ({
      id: z.id,
      territoryId: z.territoryId,
      name: String(z.name).trim(),
      nameKey: parkNameKey(String(z.name)),
      status: 'proposed',
      createdAt: Number(z.createdAt ?? now),
      updatedAt: Number(z.updatedAt ?? now),
      rev: 0,
      pendingSince: now,
    }));
  await tx.table('parks').bulkPut(parks);
}

/**
 * v6 → v7: every flux keeps its meaning in the vocabulary's version 2 (domain/vocabulary-migration):
 * an « Autre » naming a new entry moves to it, a grade or heat level its words state is recorded.
 * Nothing is queued for the server: it reads flux through the same mapping (sync/local-apply).
 */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  // Loaded here only (the vocabulary stays out of the app shell); waitFor keeps the upgrade open.
  const { mappedRawFlux } = await Dexie.waitFor(import('../domain/vocabulary-migration'));
  await tx
    .table('flux')
    .toCollection()
    .modify((f: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
      const mapped = mappedRawFlux(f);
      if (mapped) ref.value = mapped;
    });
}

export function defineVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  db.version(5).stores(SCHEMA_V5);
  db.version(6).stores(SCHEMA_V6);
  db.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
  db.version(8).stores(SCHEMA_V8);
}

// The versioned IndexedDB schema. Each version is kept forever: Dexie replays them in order to
// bring any device's database, however old, up to date. Version 1 is what the first release
// shipped; version 2 adds search keys, sync fields, the outbox, conflicts and synergies; version 5
// deletes synergies again (held by the matching worker, never stored).
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { findResource, searchKey } from '../domain';

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

/**
 * v5 drops `synergies`: they are derived, recomputed in about a second and held by the matching
 * worker (src/matching/README.md); writing 200k rows took minutes at regional scale.
 */
export const SCHEMA_V5 = { synergies: null } as const;

export const CURRENT_VERSION = 5;

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
      f.family ??= findResource(String(f.resourceCode))?.family;
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

export function defineVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(5).stores(SCHEMA_V5);
}

// Business parks in SQL: read by revision for the reference pull, written by the park routes
// (always inside withRevisionLock, so revisions commit in order).
import { newId } from '../../domain/ids';
import type { Park } from '../../domain/park';
import { parkNameKey } from '../../domain/park-names';
import type { Sql, SqlRunner } from '../store/sql';
import { rowsSince } from './rows-since';

interface ParkRow {
  id: string;
  territory_id: string;
  name: string;
  name_key: string;
  lat: number | null;
  lon: number | null;
  radius_km: number | null;
  status: Park['status'];
  merged_into: string | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  rev: number;
}

const COLUMNS = 'id, territory_id, name, name_key, lat, lon, radius_km, status, merged_into, created_by, created_at, updated_at, rev';

const toPark = (r: ParkRow): Park => ({
  id: r.id,
  territoryId: r.territory_id,
  name: r.name,
  nameKey: r.name_key,
  ...(r.lat !== null && r.lon !== null ? { center: { lat: Number(r.lat), lon: Number(r.lon) } } : {}),
  ...(r.radius_km !== null ? { radiusKm: Number(r.radius_km) } : {}),
  status: r.status,
  ...(r.merged_into ? { mergedInto: r.merged_into } : {}),
  ...(r.created_by ? { createdBy: r.created_by } : {}),
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  rev: Number(r.rev),
});

/**
 * Runs `fn` in a transaction holding the lock sync pushes take: a revision is then never
 * committed behind a larger one, so a device's cursor cannot skip it.
 */
export function withRevisionLock<T>(sql: Sql, fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(1)');
    return fn(tx);
  });
}

/** Parks changed after `since`; `scope` null = every territory. */
export async function parksSince(db: SqlRunner, since: number, scope: readonly string[] | null): Promise<Park[]> {
  const rows = await rowsSince<ParkRow>(db, { table: 'parks', columns: COLUMNS, territoryColumn: 'territory_id' }, since, scope);
  return rows.map(toPark);
}

export async function findPark(db: SqlRunner, id: string): Promise<Park | undefined> {
  const [row] = await db.query<ParkRow>(`SELECT ${COLUMNS} FROM parks WHERE id = $1`, [id]);
  return row && toPark(row);
}

/** The live (not merged) park of a territory with this name key. */
export async function findLiveParkByKey(db: SqlRunner, territoryId: string, nameKey: string): Promise<Park | undefined> {
  const [row] = await db.query<ParkRow>(`SELECT ${COLUMNS} FROM parks WHERE territory_id = $1 AND name_key = $2 AND merged_into IS NULL`, [
    territoryId,
    nameKey,
  ]);
  return row && toPark(row);
}

export interface NewParkRow {
  id?: string;
  territoryId: string;
  name: string;
  center?: { lat: number; lon: number };
  radiusKm?: number;
  status: Park['status'];
  mergedInto?: string;
  createdBy: string;
}

export async function insertPark(db: SqlRunner, p: NewParkRow): Promise<Park> {
  const now = Date.now();
  const [row] = await db.query<ParkRow>(
    `INSERT INTO parks (id, territory_id, name, name_key, lat, lon, radius_km, status, merged_into, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING ${COLUMNS}`,
    [
      p.id ?? newId(now),
      p.territoryId,
      p.name,
      parkNameKey(p.name),
      p.center?.lat ?? null,
      p.center?.lon ?? null,
      p.radiusKm ?? null,
      p.status,
      p.mergedInto ?? null,
      p.createdBy,
      now,
    ],
  );
  return toPark(row!);
}

export interface ParkColumns {
  name?: string;
  /** null clears the centre. */
  center?: { lat: number; lon: number } | null;
  radiusKm?: number | null;
  status?: Park['status'];
  mergedInto?: string;
}

/** Writes the given columns with a new revision; the others stay as they are. */
export async function updatePark(db: SqlRunner, id: string, c: ParkColumns): Promise<Park> {
  const sets: string[] = ['updated_at = $2', "rev = nextval('change_rev')"];
  const params: unknown[] = [id, Date.now()];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (c.name !== undefined) {
    set('name', c.name);
    set('name_key', parkNameKey(c.name));
  }
  if (c.center !== undefined) {
    set('lat', c.center?.lat ?? null);
    set('lon', c.center?.lon ?? null);
  }
  if (c.radiusKm !== undefined) set('radius_km', c.radiusKm);
  if (c.status !== undefined) set('status', c.status);
  if (c.mergedInto !== undefined) set('merged_into', c.mergedInto);
  const [row] = await db.query<ParkRow>(`UPDATE parks SET ${sets.join(', ')} WHERE id = $1 RETURNING ${COLUMNS}`, params);
  return toPark(row!);
}

/** Parks merged earlier into `fromId` now point straight at `toId` (no chains to follow). */
export async function redirectMerged(db: SqlRunner, fromId: string, toId: string): Promise<void> {
  await db.query(`UPDATE parks SET merged_into = $2, updated_at = $3, rev = nextval('change_rev') WHERE merged_into = $1`, [
    fromId,
    toId,
    Date.now(),
  ]);
}

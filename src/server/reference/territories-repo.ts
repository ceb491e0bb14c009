// Territories in SQL: read by revision for the reference pull, created and edited by admins.
import { searchKey } from '../../domain/company';
import type { Outline } from '../../domain/map/outline';
import type { Territory } from '../../domain/territory';
import type { TerritoryUpdate } from '../../domain/territory-admin';
import type { SqlRunner } from '../store/sql';
import { rowsSince } from './rows-since';

interface TerritoryRow {
  id: string;
  name: string;
  kind: Territory['kind'];
  created_at: number;
  updated_at: number;
  rev: number;
  retired: boolean;
  outline: unknown;
}

const COLUMNS = 'id, name, kind, created_at, updated_at, rev, retired, outline';

const toTerritory = (r: TerritoryRow): Territory => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  rev: Number(r.rev),
  deleted: false,
  retired: r.retired,
  ...(r.outline ? { outline: typeof r.outline === 'string' ? (JSON.parse(r.outline) as unknown) : r.outline } : {}),
});

/** Territories changed after `since` (all of them from 0); `scope` null = every territory. */
export async function territoriesSince(db: SqlRunner, since: number, scope: readonly string[] | null): Promise<Territory[]> {
  const rows = await rowsSince<TerritoryRow>(db, { table: 'territories', columns: COLUMNS, territoryColumn: 'id' }, since, scope);
  return rows.map(toTerritory);
}

export async function findTerritory(db: SqlRunner, id: string): Promise<Territory | undefined> {
  const [row] = await db.query<TerritoryRow>(`SELECT ${COLUMNS} FROM territories WHERE id = $1`, [id]);
  return row && toTerritory(row);
}

/** A readable id from the name (« CC du Pays d'Arnay » → cc-du-pays-d-arnay), made unique. */
async function freeId(db: SqlRunner, name: string): Promise<string> {
  const base = searchKey(name).replace(/ /g, '-').slice(0, 56) || 'territoire';
  const taken = new Set((await db.query<{ id: string }>('SELECT id FROM territories WHERE id LIKE $1', [`${base}%`])).map((r) => r.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export async function insertTerritory(db: SqlRunner, input: { name: string; kind: Territory['kind'] }): Promise<Territory> {
  const now = Date.now();
  const [row] = await db.query<TerritoryRow>(
    `INSERT INTO territories (id, name, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING ${COLUMNS}`,
    [await freeId(db, input.name), input.name, input.kind, now],
  );
  return toTerritory(row!);
}

/** Applies the changes with a new revision, so every device of the territory pulls them. */
export async function updateTerritory(db: SqlRunner, id: string, changes: TerritoryUpdate): Promise<Territory | undefined> {
  const [row] = await db.query<TerritoryRow>(
    `UPDATE territories SET name = coalesce($2, name), kind = coalesce($3, kind), retired = coalesce($4, retired),
       updated_at = $5, rev = nextval('change_rev')
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, changes.name ?? null, changes.kind ?? null, changes.retired ?? null, Date.now()],
  );
  return row && toTerritory(row);
}

/** Sets (or, with null, removes) the outline, with a new revision so the territory's devices pull it. */
export async function setTerritoryOutline(db: SqlRunner, id: string, outline: Outline | null): Promise<Territory | undefined> {
  const [row] = await db.query<TerritoryRow>(
    `UPDATE territories SET outline = $2::jsonb, updated_at = $3, rev = nextval('change_rev') WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, outline === null ? null : JSON.stringify(outline), Date.now()],
  );
  return row && toTerritory(row);
}

// Business parks on the device: the territory's shared list as last pulled from the server, plus
// the proposals typed here that wait to be sent (`pendingSince`) or were refused (`error`).
import { ParkIndex, parkNameKey, proposalIdOf, TerritorySchema } from '../domain';
import { ParkNameSchema, ParkSchema, type Park } from '../domain/park';
import type { ReferenceResponse } from '../domain/reference-data';
import { db } from './database';

export type StoredPark = Park & {
  /** Set while the proposal has not reached the server (when it was made). */
  pendingSince?: number;
  /** The server refused the proposal: kept to show why, no longer sent. */
  error?: string;
  /** Found on a company typed by someone else: sent for the referent's review, never confirmed at once. */
  review?: true;
};

const byName = (a: Park, b: Park) => a.name.localeCompare(b.name, 'fr');

/** Rows that still match the schema (a newer app's row is skipped rather than crashing a page). */
function readable(rows: StoredPark[]): StoredPark[] {
  return rows.filter((r) => ParkSchema.safeParse(r).success);
}

/** Names of the parks with these ids, as this device knows them (for ids shown to a person). */
export async function parkNames(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = readable((await db().parks.bulkGet([...ids])).filter((p): p is StoredPark => p !== undefined));
  return new Map(rows.map((p) => [p.id, p.name]));
}

/** Every park of a territory (merged ones included, as signposts), sorted by name. */
export async function territoryParks(territoryId: string): Promise<StoredPark[]> {
  return readable(await db().parks.where('territoryId').equals(territoryId).toArray()).sort(byName);
}

/** The parks a company can be filed in: live ones (not merged), sorted by name. */
export async function parkChoices(territoryId: string): Promise<StoredPark[]> {
  return (await territoryParks(territoryId)).filter((p) => !p.mergedInto);
}

export async function parkIndex(): Promise<ParkIndex> {
  return new ParkIndex(readable(await db().parks.toArray()));
}

/**
 * Records a name typed here as a proposal (sent at the next sync). A park of that name already
 * known in the territory is returned instead: no duplicate is ever proposed from this device, and
 * the id comes from the name, so another device proposing the same name proposes the same park.
 * Throws a ZodError (French message) for an unusable name.
 */
export async function proposePark(territoryId: string, name: string, createdBy?: string, review?: boolean): Promise<StoredPark> {
  const clean = ParkNameSchema.parse(name);
  return db().transaction('rw', db().parks, async () => {
    const known = (await parkIndex()).findByName(territoryId, clean);
    if (known) return (await db().parks.get(known.id))!;
    const id = proposalIdOf(territoryId, clean);
    // Proposed under this name once, renamed since: the park it became.
    const earlier = await db().parks.get(id);
    if (earlier) return earlier;
    const now = Date.now();
    const park: StoredPark = {
      id,
      territoryId,
      name: clean,
      nameKey: parkNameKey(clean),
      status: 'proposed',
      ...(createdBy ? { createdBy } : {}),
      createdAt: now,
      updatedAt: now,
      rev: 0,
      pendingSince: now,
      ...(review ? { review: true as const } : {}),
    };
    await db().parks.add(park);
    return park;
  });
}

/** Proposals waiting to be sent, oldest first. */
export async function pendingProposals(): Promise<StoredPark[]> {
  const rows = await db()
    .parks.filter((p) => p.pendingSince !== undefined && p.error === undefined)
    .toArray();
  return rows.sort((a, b) => a.pendingSince! - b.pendingSince!);
}

export async function markProposalRefused(id: string, error: string): Promise<void> {
  await db().parks.update(id, { error });
}

/** Proposals the server refused (shown on the Territoires page). */
export async function refusedProposals(): Promise<StoredPark[]> {
  return db()
    .parks.filter((p) => p.error !== undefined)
    .toArray();
}

/** Stores parks as the server sent them: a pending proposal of the same id is settled. */
export async function storeParks(parks: readonly Park[]): Promise<void> {
  await db().parks.bulkPut(parks.map((p) => ({ ...p })));
}

/** Stores a reference pull: territories and parks, each as the server has them now. */
export async function storeReference(response: Pick<ReferenceResponse, 'territories' | 'parks'>): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.territories, database.parks], async () => {
    await database.territories.bulkPut(response.territories.map((t) => TerritorySchema.parse(t)));
    await storeParks(response.parks);
  });
}

// Reads what the matcher needs straight from the app's IndexedDB, inside the worker: the page never
// holds 100,000 flux nor clones them across. Each row is checked with the matcher's own schema and
// skipped when deleted or unreadable (as the page did): one broken row never stops the matching.
import type { z } from 'zod';
import { PlaceIndex, type PlaceablePark } from '../domain/company-place';
import { MatchCompanySchema, MatchFluxSchema } from './protocol';
import type { MatchInput } from './types';

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(`lecture de la base locale impossible (${req.error?.name ?? 'erreur'}).`));
  });
}

export function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    // Never create the base here (Dexie owns its schema): a missing base is an error.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      // The page may upgrade the schema meanwhile: never hold it back.
      req.result.onversionchange = () => req.result.close();
      resolve(req.result);
    };
    req.onerror = () => reject(new Error(`la base locale « ${name} » est introuvable ou illisible (${req.error?.name ?? 'erreur'}).`));
    req.onblocked = () => reject(new Error(`la base locale « ${name} » est en cours de mise à jour : réessayez.`));
  });
}

function live<S extends z.ZodType>(schema: S, rows: readonly unknown[]): { rows: z.infer<S>[]; skipped: number } {
  const out: z.infer<S>[] = [];
  let skipped = 0;
  for (const row of rows) {
    if ((row as { deleted?: unknown } | null)?.deleted === true) continue;
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else skipped++;
  }
  return { rows: out, skipped };
}

/** Companies and flux not deleted, as the matcher reads them; `skipped` counts unreadable rows. */
export async function readMatchInput(database: string): Promise<MatchInput & { skipped: number }> {
  const db = await open(database);
  try {
    // Parks since version 4: their centres place companies that have no coordinates of their own.
    const withParks = db.objectStoreNames.contains('parks');
    const tx = db.transaction(withParks ? ['companies', 'flux', 'parks'] : ['companies', 'flux'], 'readonly');
    const [companies, flux, parks] = await Promise.all([
      request(tx.objectStore('companies').getAll()),
      request(tx.objectStore('flux').getAll()),
      withParks ? request(tx.objectStore('parks').getAll()) : Promise.resolve([]),
    ]);
    const places = new PlaceIndex(parks as PlaceablePark[]);
    const c = live(
      MatchCompanySchema,
      companies.map((row) =>
        row && typeof row === 'object' && 'territoryId' in row ? places.placed(row as Parameters<PlaceIndex['placed']>[0]) : row,
      ),
    );
    const f = live(MatchFluxSchema, flux);
    // A company placed at its territory's centre: its flux reach further (company-place.ts).
    const unplaced = new Map<string, Parameters<PlaceIndex['placed']>[0]>();
    for (const row of companies as Record<string, unknown>[]) {
      if (row && typeof row.id === 'string' && row.location === undefined && typeof row.territoryId === 'string') {
        unplaced.set(row.id, row as unknown as Parameters<PlaceIndex['placed']>[0]);
      }
    }
    const rows = f.rows.map((x) => {
      const company = unplaced.get(x.companyId);
      return company ? places.widened(company, [x])[0]! : x;
    });
    return { companies: c.rows, flux: rows, skipped: c.skipped + f.skipped };
  } finally {
    db.close();
  }
}

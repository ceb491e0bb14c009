// What each company offers and needs, read from the app's IndexedDB inside the worker for the
// « Carte »'s colours: the page receives one word per company instead of 100,000 flux.
import { fluxBalance } from '../domain/map/features';
import type { CompanyBalances } from '../domain/map/map-lines';
import { open, request } from './read-base';

/** Live flux only; a row without a company or a direction is not counted. */
export async function readCompanyBalances(database: string): Promise<CompanyBalances> {
  const db = await open(database);
  try {
    const rows = (await request(db.transaction('flux', 'readonly').objectStore('flux').getAll())) as unknown[];
    const directions = new Map<string, ('need' | 'offer')[]>();
    for (const row of rows) {
      const f = row as { companyId?: unknown; direction?: unknown; deleted?: unknown } | null;
      if (!f || f.deleted === true || typeof f.companyId !== 'string' || (f.direction !== 'need' && f.direction !== 'offer')) continue;
      const list = directions.get(f.companyId);
      if (list) list.push(f.direction);
      else directions.set(f.companyId, [f.direction]);
    }
    const balances: CompanyBalances = { companyIds: [], balances: [] };
    for (const [id, list] of directions) {
      balances.companyIds.push(id);
      balances.balances.push(fluxBalance(list));
    }
    return balances;
  } finally {
    db.close();
  }
}

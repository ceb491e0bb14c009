// Reading and writing companies. Deleting is a tombstone (with its flux) that can be undone.
import { CompanySchema, newId, searchKey, type Company, type CompanyInput, type Flux } from '../domain';
import { db, withSearchKey, type StoredCompany } from './database';
import { updateSynced, writeSynced } from './synced-write';
import { validateRows } from './validated-read';

export async function createCompany(input: Omit<CompanyInput, 'id' | 'createdAt' | 'updatedAt'>): Promise<Company> {
  const now = Date.now();
  const company = CompanySchema.parse({ ...input, id: newId(), createdAt: now, updatedAt: now, rev: 0, deleted: false });
  await writeSynced('companies', withSearchKey(company), Object.keys(company));
  return company;
}

export async function getCompany(id: string): Promise<Company | undefined> {
  const row = await db().companies.get(id);
  if (!row || row.deleted) return undefined;
  return CompanySchema.parse(row);
}

/** Applies a partial edit; throws a ZodError (readable messages) when the result is invalid. */
export async function updateCompany(id: string, patch: Partial<CompanyInput>): Promise<Company> {
  const after = await updateSynced<StoredCompany>('companies', id, (before) =>
    withSearchKey(CompanySchema.parse({ ...before, ...patch, id, rev: before.rev, createdAt: before.createdAt })),
  );
  return CompanySchema.parse(after);
}

// Flux deleted within this window of their company were deleted with it, and come back with it.
const CASCADE_WINDOW_MS = 1000;

async function setCompanyDeleted(id: string, deleted: boolean): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.companies, database.flux, database.outbox], async () => {
    const company = await database.companies.get(id);
    if (!company) return;
    await updateSynced<StoredCompany>('companies', id, (c) => ({ ...c, deleted }), deleted ? 'delete' : 'upsert');
    const flux = await database.flux.where('companyId').equals(id).toArray();
    for (const f of flux) {
      if (f.deleted !== deleted && (!deleted || f.updatedAt >= company.updatedAt - CASCADE_WINDOW_MS)) {
        await updateSynced<Flux>('flux', f.id, (x) => ({ ...x, deleted }), deleted ? 'delete' : 'upsert');
      }
    }
  });
}

/** Deletes a company and its flux; its follow-ups stay, keeping its name and contact first. */
export async function deleteCompany(id: string): Promise<void> {
  const company = await getCompany(id);
  // Loaded when needed: the follow-up schema stays out of the app shell's first download.
  if (company) await (await import('./company-followups')).keepCompanyInFollowups(company);
  await setCompanyDeleted(id, true);
}
export const restoreCompany = (id: string) => setCompanyDeleted(id, false);

/** The readable, not deleted companies among `ids`, in the order given (a workshop's seating). */
export async function companiesByIds(ids: readonly string[]): Promise<Company[]> {
  const raw = await db().companies.bulkGet([...ids]);
  return validateRows(
    CompanySchema,
    raw.filter((c) => c !== undefined && !c.deleted),
  ).rows;
}

export interface CompanyQuery {
  text?: string;
  territoryId?: string;
}

/** Companies matching a name or SIRET fragment, in a territory, sorted by name. */
export async function listCompanies(query: CompanyQuery = {}) {
  const raw = await db().companies.toArray();
  const { rows, invalid } = validateRows(
    CompanySchema,
    raw.filter((c) => !c.deleted),
  );
  const text = query.text ? searchKey(query.text) : '';
  const digits = query.text?.replace(/\D/g, '') ?? '';
  const filtered = rows.filter((c) => {
    if (query.territoryId && c.territoryId !== query.territoryId) return false;
    if (!text) return true;
    return searchKey(c.name).includes(text) || (digits.length >= 3 && c.siret.includes(digits));
  });
  filtered.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return { companies: filtered, invalid };
}

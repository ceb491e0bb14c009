// The synergies involving a workshop's companies, read by index (never the whole table).
import { SynergySchema, type Synergy } from '../../domain';
import { db } from '../../db/database';
import { validateRows } from '../../db/validated-read';

export async function synergiesOfCompanies(companyIds: readonly string[]): Promise<Synergy[]> {
  if (companyIds.length === 0) return [];
  const raw = await db().synergies.where('companyIds').anyOf([...companyIds]).distinct().toArray();
  return validateRows(SynergySchema, raw).rows;
}

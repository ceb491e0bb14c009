// The synergies involving a workshop's companies, asked of the matching worker (which holds them)
// company by company: a room is 20–40 companies, each with a handful of partners.
import type { Synergy } from '../../domain';
import { companySynergies } from '../../matching/store';

export async function synergiesOfCompanies(companyIds: readonly string[]): Promise<Synergy[]> {
  const byId = new Map<string, Synergy>();
  for (const id of companyIds) for (const s of await companySynergies(id)) byId.set(s.id, s);
  return [...byId.values()];
}

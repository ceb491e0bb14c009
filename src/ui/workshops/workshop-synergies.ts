// The synergies of a workshop's room, asked of the matching worker (which holds them) in one
// request for the whole room, whatever its size: those joining two participants or more.
import type { Synergy } from '../../domain';
import { MAX_QUERY_LIMIT } from '../../matching/protocol';
import { querySynergies } from '../../matching/store';

export async function synergiesOfCompanies(companyIds: readonly string[]): Promise<Synergy[]> {
  if (companyIds.length < 2) return [];
  return (await querySynergies({ amongCompanyIds: companyIds, limit: MAX_QUERY_LIMIT })).items;
}

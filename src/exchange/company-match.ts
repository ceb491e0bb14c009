// Finding the company a spreadsheet line speaks of: by SIRET, else by name (no case, accents or
// punctuation) and postcode. Shared by the company and flux imports, so a company without SIRET
// is found again instead of created twice when the same file comes back.
import { normalizeSiret, searchKey } from '../domain';
import { postcodeOf } from './flux-cells';

export interface MatchableCompany {
  id: string;
  name: string;
  siret: string;
  address: string;
  territoryId: string;
  deleted?: boolean;
}

export interface CompanyLookup {
  siret?: string;
  name?: string;
  postcode?: string;
  territoryId?: string;
}

export class CompanyIndex<C extends MatchableCompany = MatchableCompany> {
  private readonly bySiret = new Map<string, C>();
  private readonly byName = new Map<string, C[]>();

  constructor(companies: readonly C[] = []) {
    for (const c of companies) if (!c.deleted) this.add(c);
  }

  /** Adds a company (one created earlier in the same file is found by the next lines). */
  add(c: C): void {
    const siret = normalizeSiret(c.siret);
    if (siret) this.bySiret.set(siret, c);
    const key = searchKey(c.name);
    if (key) this.byName.set(key, [...(this.byName.get(key) ?? []), c]);
  }

  /**
   * SIRET first. By name: the company with the same postcode; when either side has no postcode,
   * the only one of that name (in the line's territory, when it names one). Two homonyms with
   * nothing to tell them apart: no match rather than a guess.
   */
  find(q: CompanyLookup): C | undefined {
    const siret = normalizeSiret(q.siret ?? '');
    if (siret) {
      const bySiret = this.bySiret.get(siret);
      if (bySiret) return bySiret;
    }
    let named = this.byName.get(searchKey(q.name ?? '')) ?? [];
    // A company with another SIRET is another establishment of the same name.
    if (siret) named = named.filter((c) => !normalizeSiret(c.siret));
    if (q.territoryId) named = named.filter((c) => c.territoryId === q.territoryId);
    if (q.postcode) {
      const same = named.filter((c) => postcodeOf(c.address) === q.postcode);
      if (same.length > 0) return same.length === 1 ? same[0] : undefined;
      named = named.filter((c) => postcodeOf(c.address) === undefined);
    }
    return named.length === 1 ? named[0] : undefined;
  }
}

// What each company offers and needs (the map's colours), kept by the worker beside the synergies it
// holds: computed from the flux a full run reads anyway, and followed through each company's update,
// so the map's `balances` question is answered at once instead of reading every flux again.
import { balanceOf, fluxBalance, type FluxBalance } from '../domain/map/features';
import type { CompanyBalances } from '../domain/map/map-lines';

type Directed = { companyId: string; direction: 'need' | 'offer'; deleted?: boolean };

export class BalanceIndex {
  private readonly byCompany = new Map<string, FluxBalance>();

  /** From live flux (a full run's input): companies without any are left out (« Aucun flux »). */
  static of(flux: Iterable<Directed>): BalanceIndex {
    const index = new BalanceIndex();
    for (const [id, balance] of balanceOf(flux)) index.byCompany.set(id, balance);
    return index;
  }

  /** A company's live flux now (none when it was deleted). */
  setCompany(companyId: string, flux: readonly Directed[]): void {
    const balance = fluxBalance(flux.filter((f) => !f.deleted).map((f) => f.direction));
    if (balance === 'none') this.byCompany.delete(companyId);
    else this.byCompany.set(companyId, balance);
  }

  columns(): CompanyBalances {
    return { companyIds: [...this.byCompany.keys()], balances: [...this.byCompany.values()] };
  }
}

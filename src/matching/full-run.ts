// The result of a full run in compact form: the kept pairs and groups as references to prepared
// flux, materialised into Synergy records on demand. Building 213k records takes as long as the
// matching itself (0.8 s at 100k flux), so the worker holds this form (held-synergies.ts) and
// builds only the records a page shows; page() builds them in fixed-size slices (bench, tests).
import type { Synergy } from '../domain';
import { buildMutualisation, buildSubstitution } from './build-synergy';
import type { PreparedFlux } from './prepare';

/** Records per page: a few ms to build, one IndexedDB transaction small enough not to stall the page. */
export const DEFAULT_PAGE_SIZE = 2500;

export interface FullRunCounts {
  substitutions: number;
  mutualisations: number;
  total: number;
}

/**
 * Immutable: it holds its own arrays of pairs and groups, and prepared flux are never mutated (an
 * update replaces them), so incremental updates applied to the engine afterwards do not change
 * the pages still to come.
 */
export class FullRun {
  readonly counts: FullRunCounts;
  readonly pageCount: number;

  constructor(
    /** offers[k] feeds needs[k]. */
    readonly offers: readonly PreparedFlux[],
    readonly needs: readonly PreparedFlux[],
    readonly groups: readonly (readonly PreparedFlux[])[],
    readonly now: number,
    readonly pageSize = DEFAULT_PAGE_SIZE,
    /** distances[k] and scores[k] of offers[k] with needs[k], as the engine found them (else computed). */
    readonly distances?: Float64Array,
    readonly scores?: Int32Array,
  ) {
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`Taille de page invalide : ${pageSize}`);
    const total = offers.length + groups.length;
    this.counts = { substitutions: offers.length, mutualisations: groups.length, total };
    this.pageCount = Math.ceil(total / pageSize);
  }

  /** Records [index × pageSize, …) in a fixed order: substitutions by row, then groups. */
  page(index: number): Synergy[] {
    if (!Number.isInteger(index) || index < 0 || index >= this.pageCount) {
      throw new RangeError(`Page ${index} hors limites (${this.pageCount} pages)`);
    }
    const start = index * this.pageSize;
    const end = Math.min(start + this.pageSize, this.counts.total);
    const out: Synergy[] = [];
    const subs = this.offers.length;
    for (let k = start; k < end; k++) {
      out.push(
        k < subs
          ? buildSubstitution(this.offers[k]!, this.needs[k]!, this.now, this.distances?.[k])
          : buildMutualisation(this.groups[k - subs]!, this.now),
      );
    }
    return out;
  }

  /** Records written once this page is done (for progress). */
  doneAfter(index: number): number {
    return Math.min((index + 1) * this.pageSize, this.counts.total);
  }
}

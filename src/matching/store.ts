// Runs the matching on the data in IndexedDB and keeps `synergies` in step with it: full runs
// replace the table, a company's update applies the diff, each in one transaction. Fields a
// referent may have added to a stored synergy (anything the engine does not produce) are kept.
import { CompanySchema, FluxSchema, type Synergy } from '../domain';
import { db } from '../db/database';
import { validateRows } from '../db/validated-read';
import { EngineNotLoadedError, matchingBridge, type Progress } from './bridge';
import type { MatchDiff } from './types';

/** Runs one operation at a time, so a full run and a company's update never interleave writes. */
let chain: Promise<unknown> = Promise.resolve();
function exclusive<T>(run: () => Promise<T>): Promise<T> {
  const next = chain.then(run, run);
  chain = next.catch(() => undefined);
  return next;
}

/** Same engine output, whatever the time it was computed: no need to rewrite the row. */
function sameContent(a: Synergy, b: Record<string, unknown>): boolean {
  return Object.entries(a).every(([k, v]) => k === 'computedAt' || JSON.stringify(v) === JSON.stringify(b[k]));
}

async function readAll() {
  const database = db();
  const [companies, flux] = await Promise.all([database.companies.toArray(), database.flux.toArray()]);
  return {
    companies: validateRows(CompanySchema, companies.filter((c) => !c.deleted)).rows,
    flux: validateRows(FluxSchema, flux.filter((f) => !f.deleted)).rows,
  };
}

async function write(removed: readonly string[], upserted: readonly Synergy[], replaceAll: boolean): Promise<void> {
  const table = db().synergies;
  await db().transaction('rw', table, async () => {
    const existing = new Map<string, Record<string, unknown>>();
    const rows = replaceAll ? await table.toArray() : await table.bulkGet(upserted.map((s) => s.id));
    for (const row of rows) if (row) existing.set(row.id, row as unknown as Record<string, unknown>);
    const keep = new Set(upserted.map((s) => s.id));
    const toDelete = replaceAll ? [...existing.keys()].filter((id) => !keep.has(id)) : [...removed];
    const toPut = upserted
      .filter((s) => {
        const old = existing.get(s.id);
        return !old || !sameContent(s, old);
      })
      .map((s) => ({ ...existing.get(s.id), ...s }) as Synergy);
    if (toDelete.length) await table.bulkDelete(toDelete);
    if (toPut.length) await table.bulkPut(toPut);
  });
}

export interface RematchResult {
  synergies: number;
}

/** Recomputes every synergy from all companies and flux (the "Recalculer" button). */
export function rematchAll(onProgress?: Progress, signal?: AbortSignal): Promise<RematchResult> {
  return exclusive(async () => {
    const input = await readAll();
    const synergies = await matchingBridge().matchAll(input, { onProgress, signal });
    await write([], synergies, true);
    return { synergies: synergies.length };
  });
}

/**
 * Recomputes what involves one company after its flux (or itself) changed. Falls back to a full
 * run when the engine has no data yet (first change after the page opened).
 */
export function rematchCompany(companyId: string, signal?: AbortSignal): Promise<MatchDiff | RematchResult> {
  return exclusive(async () => {
    const database = db();
    const [company, flux] = await Promise.all([
      database.companies.get(companyId),
      database.flux.where('companyId').equals(companyId).toArray(),
    ]);
    const parsed = company && !company.deleted ? CompanySchema.safeParse(company) : undefined;
    const live = validateRows(FluxSchema, flux.filter((f) => !f.deleted)).rows;
    try {
      const diff = await matchingBridge().updateCompany(companyId, parsed?.success ? parsed.data : undefined, live, { signal });
      await write(diff.removed, diff.upserted, false);
      return diff;
    } catch (error) {
      if (!(error instanceof EngineNotLoadedError)) throw error;
      const input = await readAll();
      const synergies = await matchingBridge().matchAll(input, { signal });
      await write([], synergies, true);
      return { synergies: synergies.length };
    }
  });
}

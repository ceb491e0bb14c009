// A synergy as the map needs it (what it draws and filters on: id, kind, family, score, companies)
// and its columnar form between the matching worker and the page: 20,000 full records (sentence,
// score parts, flux) cost seconds to build, copy and check; these columns, milliseconds.
import { z } from 'zod';
import { FamilySchema, type Family } from '../families';
import { SynergyKindSchema, type SynergyKind } from '../synergy';

export interface MapLine {
  id: string;
  kind: SynergyKind;
  family: Family;
  score: number;
  companyIds: readonly string[];
}

/** One column per field; a line's companies are `companyIds[ends[i - 1] ?? 0 .. ends[i]]`. */
export const MapLineColumnsSchema = z.object({
  ids: z.array(z.string().min(1)),
  kinds: z.array(SynergyKindSchema),
  families: z.array(FamilySchema),
  scores: z.array(z.number().min(0).max(100)),
  companyIds: z.array(z.string().min(1)),
  ends: z.array(z.number().int().nonnegative()),
});
export type MapLineColumns = z.infer<typeof MapLineColumnsSchema>;

/** Every column as long as the ids, and the companies cut into consecutive runs. */
export function columnsConsistent(c: MapLineColumns): boolean {
  return (
    [c.kinds, c.families, c.scores, c.ends].every((column) => column.length === c.ids.length) &&
    (c.ends.at(-1) ?? 0) === c.companyIds.length &&
    c.ends.every((end, i) => end >= (c.ends[i - 1] ?? 0))
  );
}

/**
 * What each company offers and needs (features.ts FluxBalance), read from the flux by the worker:
 * 100,000 flux cost the page's thread a second to read; their balance per company, milliseconds.
 */
export const CompanyBalancesSchema = z.object({
  companyIds: z.array(z.string().min(1)),
  /** One per company id, in the same order. */
  balances: z.array(z.enum(['offer', 'need', 'both', 'none'])),
});
export type CompanyBalances = z.infer<typeof CompanyBalancesSchema>;

export function packLines(lines: Iterable<MapLine>): MapLineColumns {
  const c: MapLineColumns = { ids: [], kinds: [], families: [], scores: [], companyIds: [], ends: [] };
  for (const line of lines) {
    c.ids.push(line.id);
    c.kinds.push(line.kind);
    c.families.push(line.family);
    c.scores.push(line.score);
    for (const id of line.companyIds) c.companyIds.push(id);
    c.ends.push(c.companyIds.length);
  }
  return c;
}

export function unpackLines(c: MapLineColumns): MapLine[] {
  return c.ids.map((id, i) => ({
    id,
    kind: c.kinds[i]!,
    family: c.families[i]!,
    score: c.scores[i]!,
    companyIds: c.companyIds.slice(c.ends[i - 1] ?? 0, c.ends[i]),
  }));
}

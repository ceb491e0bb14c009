// « Autre » flux the vocabulary's version 2 could not map onto an entry: listed for an advisor to
// class (read by the resource-code index, never the whole flux table).
import { FAMILIES, FluxSchema, TAXONOMY, mapFluxVocabulary, type Flux } from '../domain';
import { db } from './database';

export interface ReviewItem {
  flux: Flux;
  companyName: string;
}

const OTHER_CODES = TAXONOMY.filter((r) => r.isOther && FAMILIES.includes(r.family)).map((r) => r.code);

export async function fluxToReview(limit = 200): Promise<ReviewItem[]> {
  const rows = await db().flux.where('resourceCode').anyOf(OTHER_CODES).limit(limit).toArray();
  const flux = rows.flatMap((r) => {
    const parsed = FluxSchema.safeParse(r);
    return parsed.success && !parsed.data.deleted && mapFluxVocabulary(parsed.data).review ? [parsed.data] : [];
  });
  const companies = await db().companies.bulkGet([...new Set(flux.map((f) => f.companyId))]);
  const names = new Map(companies.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
  return flux.map((f) => ({ flux: f, companyName: names.get(f.companyId) ?? f.companyId }));
}

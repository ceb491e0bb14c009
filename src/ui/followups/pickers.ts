// Searches behind the manual synergy form: companies by name (walking the table with a cursor and
// stopping at a handful, never loading it whole) and resources of the taxonomy.
import { CompanySchema, FAMILY_LABELS, TAXONOMY, searchKey, type Company, type ResourceType } from '../../domain';
import { db } from '../../db/database';

export const PICK_LIMIT = 8;

export async function searchCompanies(text: string, excludeIds: readonly string[] = [], limit = PICK_LIMIT): Promise<Company[]> {
  const key = searchKey(text);
  if (!key) return [];
  const rows = await db()
    .companies.orderBy('nameKey')
    .filter((c) => !c.deleted && !excludeIds.includes(c.id) && c.nameKey.includes(key))
    .limit(limit)
    .toArray();
  return rows.flatMap((r) => {
    const parsed = CompanySchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Resources whose label (accents ignored) or family holds every typed word. */
export function searchResources(text: string, excludeCodes: readonly string[] = [], limit = PICK_LIMIT): ResourceType[] {
  const words = searchKey(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return TAXONOMY.filter((r) => {
    if (excludeCodes.includes(r.code) || r.isOther) return false;
    const hay = searchKey(`${r.label} ${FAMILY_LABELS[r.family]}`);
    return words.every((w) => hay.includes(w));
  }).slice(0, limit);
}

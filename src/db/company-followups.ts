// A company's follow-ups: found before it is deleted (the warning names how many, and which are
// « Mise en œuvre »), and given its latest name and contact so the referent still knows whom to call.
import { FollowupSchema, snapshotContact, type Company, type Followup } from '../domain';
import { db } from './database';
import { updateSynced } from './synced-write';
import { validateRows } from './validated-read';

/** Live follow-ups whose synergy involves this company (read through the territory index). */
export async function followupsOfCompany(company: Pick<Company, 'id' | 'territoryId'>): Promise<Followup[]> {
  const raw = await db()
    .followups.where('territoryIds')
    .equals(company.territoryId)
    .filter((f) => !f.deleted && (f.snapshot?.companies ?? []).some((c) => c.id === company.id))
    .toArray();
  return validateRows(FollowupSchema, raw).rows;
}

/**
 * Copies the company's name and contact into the snapshot of each of its follow-ups (before it is
 * deleted): the follow-up outlives the company's record. Returns how many were updated.
 */
export async function keepCompanyInFollowups(company: Company): Promise<number> {
  const contact = snapshotContact(company);
  let updated = 0;
  for (const f of await followupsOfCompany(company)) {
    const before = f.snapshot.companies.find((c) => c.id === company.id);
    const name = company.name.slice(0, 160);
    if (before?.name === name && JSON.stringify(before.contact) === JSON.stringify(contact)) continue;
    await updateSynced<Followup>('followups', f.id, (raw) => {
      const current = FollowupSchema.parse(raw);
      const companies = current.snapshot.companies.map((c) => {
        if (c.id !== company.id) return c;
        const { contact: _old, ...rest } = c;
        return { ...rest, name, ...(contact ? { contact } : {}) };
      });
      return { ...current, snapshot: { ...current.snapshot, companies } };
    });
    updated++;
  }
  return updated;
}

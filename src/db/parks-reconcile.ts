// Brings companies in line with the shared park list after each reference pull: a typed zone
// name is matched to its park (accents and case ignored) or becomes a proposal; a park that was
// merged or renamed is followed. Changes go through the outbox, so the server and the other
// devices get them with the normal sync.
import { CompanySchema, resolveCompanyPark, type Company, type CompanyParkFields } from '../domain';
import { db, withSearchKey, type StoredCompany } from './database';
import { parkIndex, proposePark } from './parks';
import { updateSynced } from './synced-write';

export interface ReconcileOutcome {
  /** Companies whose park id or name was rewritten. */
  updated: number;
  /** Names that matched no park and were proposed. */
  proposed: number;
}

/**
 * Files a company being saved here in the park its zone names: a known park (accents and case
 * ignored), or a proposal made at once, so the company goes up with its park id and no other
 * device ever sees the name without a park. A name the schema refuses stays as typed.
 */
export async function fileInPark<T extends Omit<CompanyParkFields, 'zone'> & { zone?: string }>(company: T): Promise<T> {
  let resolution = resolveCompanyPark({ ...company, zone: company.zone ?? '' }, await parkIndex());
  if (resolution.kind === 'propose') {
    const park = await proposePark(company.territoryId, resolution.name).catch(() => undefined);
    resolution = park ? { kind: 'set', parkId: park.id, zone: park.name } : { kind: 'keep' };
  }
  return resolution.kind === 'set' ? { ...company, parkId: resolution.parkId, zone: resolution.zone } : company;
}

/** An edit of a company's zone or territory, filed in its park the same way (see fileInPark). */
export async function fileEditInPark<P extends Partial<CompanyParkFields>>(companyId: string, patch: P): Promise<P> {
  if (!('zone' in patch || 'parkId' in patch || 'territoryId' in patch)) return patch;
  const before = await db().companies.get(companyId);
  if (!before) return patch;
  const merged = { ...before, ...patch };
  // An invalid edit is refused by the save itself, before anything is proposed.
  if (!CompanySchema.safeParse(merged).success) return patch;
  const filed = await fileInPark(merged);
  return filed === merged ? patch : { ...patch, zone: filed.zone, parkId: filed.parkId };
}

/**
 * `inScope` limits the work to the companies this account may write (the server would refuse the
 * others); `createdBy` is recorded on the proposals made; `onlyIds` limits it to some companies
 * (those a sync cycle sent or received), all of them otherwise.
 */
export async function reconcileCompanyParks(
  inScope: (territoryId: string) => boolean,
  createdBy?: string,
  onlyIds?: readonly string[],
): Promise<ReconcileOutcome> {
  const index = await parkIndex();
  const outcome: ReconcileOutcome = { updated: 0, proposed: 0 };
  const wanted = (c: StoredCompany | undefined): c is StoredCompany => c !== undefined && !c.deleted && inScope(c.territoryId);
  const companies = onlyIds
    ? (await db().companies.bulkGet([...new Set(onlyIds)])).filter(wanted)
    : await db().companies.filter(wanted).toArray();
  for (const company of companies) {
    let resolution = resolveCompanyPark(company, index);
    if (resolution.kind === 'keep') continue;
    if (resolution.kind === 'propose') {
      // Someone else's typing (or an older app's): the referent reviews it, even on their own tablet.
      const park = await proposePark(company.territoryId, resolution.name, createdBy, true).catch(() => undefined);
      // A name the schema refuses (one letter, say) stays as typed, without a park.
      if (!park) continue;
      if (park.pendingSince !== undefined) outcome.proposed++;
      index.add(park);
      resolution = { kind: 'set', parkId: park.id, zone: park.name };
    }
    const { parkId, zone } = resolution;
    const wrote = await updateSynced<StoredCompany>('companies', company.id, (before) => {
      const parsed = CompanySchema.safeParse({ ...before, parkId, zone });
      // An unreadable record is left alone: validated reads show it for the user to fix.
      return parsed.success ? withSearchKey(parsed.data as Company) : before;
    });
    if (wrote.parkId === parkId) outcome.updated++;
  }
  return outcome;
}

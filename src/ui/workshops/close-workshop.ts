// Closing a workshop: every synergy of the room becomes a follow-up lead (Proposée, origin
// « atelier »), so nothing detected is lost between the event and the follow-up. Repeatable: closing
// again adds the leads found since, and never duplicates one.
import { currentActor, followupOfSynergy, openFollowup } from '../../db/followups';
import { getWorkshop, setWorkshopState } from '../../db/workshops';
import { synergiesOfCompanies } from './workshop-synergies';

/** Returns how many leads were opened (synergies already followed are left as they are). */
export async function closeWorkshop(workshopId: string): Promise<number> {
  const workshop = await getWorkshop(workshopId);
  if (!workshop) throw new Error('Atelier introuvable');
  const inRoom = new Set(workshop.companyIds);
  // Synergies joining two participants or more. Those with a confidential flux are leads too: the
  // referent may see them; only the projector must not.
  const synergies = (await synergiesOfCompanies(workshop.companyIds)).filter(
    (s) => s.companyIds.filter((id) => inRoom.has(id)).length >= 2,
  );
  const actor = await currentActor();
  let opened = 0;
  for (const synergy of synergies) {
    // Asked with the synergy: a group that grew since (or lost a member) finds the lead it already
    // has instead of opening a near-duplicate.
    const before = await followupOfSynergy(synergy);
    // A lead opened now says which workshop it came from; one followed before keeps its origin.
    if (!before || before.deleted) {
      await openFollowup(synergy, actor, 'workshop', workshopId);
      opened++;
    }
  }
  if (workshop.state !== 'closed') await setWorkshopState(workshopId, 'closed');
  return opened;
}

// Leads put off (« Plus tard ») whose return day has come, by the id of the synergy shown in
// « À traiter » — a group's decision covers the group it became (group-identity.ts).
import { groupIdsCoveredBy, type Followup } from '../../domain';

export function backBySynergy(followups: readonly Followup[]): Map<string, Followup> {
  const bySynergy = new Map<string, Followup>();
  for (const f of followups) {
    bySynergy.set(f.synergyId, f);
    for (const id of groupIdsCoveredBy(f.snapshot)) if (!bySynergy.has(id)) bySynergy.set(id, f);
  }
  return bySynergy;
}

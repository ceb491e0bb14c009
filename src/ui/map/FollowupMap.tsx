// The « Carte » tab of a follow-up's page: its companies and its synergy's line (or a group's star),
// as the matcher proposes it now, or as it was decided when it no longer does.
import { useMemo } from 'preact/hooks';
import type { Followup, Synergy } from '../../domain';
import { followupLine } from '../../domain/map/focus';
import { FocusMap } from './FocusMap';

export function FollowupMap({ followup, current }: { followup: Followup; current?: Synergy }) {
  const lines = useMemo(() => [followupLine(followup, current)], [followup, current]);
  return (
    <FocusMap lines={lines} label="Carte des entreprises de la synergie suivie" listHint="l’onglet « Synergie » donne ses entreprises" />
  );
}

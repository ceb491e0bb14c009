// A follow-up in a list: status, the synergy's companies and sentence, the next action (overdue
// flagged) and whether the matcher still proposes it.
import type { Followup } from '../../domain';
import { NextActionLine } from './NextActionSection';
import { StatusBadge } from './StatusSection';
import { frDay, rejectionLabel } from './format';

export function FollowupCard({ followup }: { followup: Followup }) {
  const s = followup.snapshot;
  return (
    <li>
      <a class="fu-card fu-card-link" href={`#/suivi/${followup.id}`}>
        <span class="fu-card-head">
          <StatusBadge status={followup.status} />
          <strong>{s.companies.map((c) => c.name).join(' · ')}</strong>
          {followup.origin === 'manual' && <span class="badge">Saisie manuelle</span>}
        </span>
        {s.explanation && <span class="fu-sentence">{s.explanation}</span>}
        {followup.rejection && <span class="muted">Motif : {rejectionLabel(followup.rejection)}</span>}
        {followup.status === 'on-hold' && followup.onHold && (
          <span class="muted">
            En attente : {followup.onHold.reason}
            {followup.onHold.until && ` (à revoir le ${frDay(followup.onHold.until)})`}
          </span>
        )}
        <span class="fu-next-line">
          <NextActionLine next={followup.nextAction} />
        </span>
      </a>
    </li>
  );
}

// The whole follow-up of a synergy: status and moves, next action, study and checks, gains, notes
// and history. Used by the follow-up page and inside the synergy's page.
import type { Followup } from '../../domain';
import { addNote, changeStatus, currentActor, setChecks, setGains, setNextAction, setStudy } from '../../db/followups';
import { GainsEditor } from './GainsEditor';
import { HistorySection } from './HistorySection';
import { NextActionSection } from './NextActionSection';
import { NotesSection } from './NotesSection';
import { StatusSection } from './StatusSection';
import { StudySection } from './StudySection';
import { useMe } from './use-me';
import { useRights } from './use-rights';

export function FollowupPanel({ followup }: { followup: Followup }) {
  const rights = useRights();
  const me = useMe();
  const id = followup.id;
  const canDecide = rights.canDecide;
  return (
    <div class="fu-panel" data-testid="followup-panel">
      <StatusSection
        followup={followup}
        canDecide={canDecide}
        readOnlyReason={rights.readOnlyReason}
        onChange={async (to, options) => void (await changeStatus(id, to, await currentActor(), options))}
      />
      <NextActionSection followup={followup} me={me} canDecide={canDecide} onSave={async (next) => void (await setNextAction(id, next))} />
      <StudySection
        followup={followup}
        canDecide={canDecide}
        onStudy={async (study) => void (await setStudy(id, study))}
        onChecks={async (checks) => void (await setChecks(id, checks))}
      />
      <section class="fu-section" aria-labelledby="fu-gains-h">
        <h2 id="fu-gains-h">Gains par an</h2>
        <div class="fu-gains-pair">
          <GainsEditor
            title="Gains attendus"
            gains={followup.expectedGains}
            canEdit={canDecide}
            onSave={async (g) => void (await setGains(id, 'expectedGains', g))}
          />
          <GainsEditor
            title="Gains réalisés"
            gains={followup.realisedGains}
            canEdit={canDecide}
            onSave={async (g) => void (await setGains(id, 'realisedGains', g))}
          />
        </div>
      </section>
      <NotesSection notes={followup.notes} onAdd={async (text) => void (await addNote(id, text, await currentActor()))} />
      <HistorySection history={followup.history} />
    </div>
  );
}

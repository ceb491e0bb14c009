// The follow-up block of a synergy's page: the whole follow-up when there is one, else the
// decisions that open it (or, for those who only read, a way to open it and add a note).
import { useState } from 'preact/hooks';
import type { Synergy } from '../../domain';
import { currentActor, followupOfSynergy, openFollowup } from '../../db/followups';
import { errorMessage } from '../autosave/use-autosave';
import { useLiveQuery } from '../hooks/use-live-query';
import { DecisionButtons } from './DecisionButtons';
import { FollowupPanel } from './FollowupPanel';
import { useRights } from './use-rights';
import './followups.css';
import { FormError } from '../components/form-error';

export function SynergyFollowup({ synergy }: { synergy: Synergy }) {
  const rights = useRights();
  const found = useLiveQuery(() => followupOfSynergy(synergy), [synergy.id]);
  const [error, setError] = useState<string>();
  if (found.loading) return null;
  const followup = found.data;
  return (
    <section class="fu-in-synergy" aria-labelledby="fu-in-synergy-h">
      <h2 id="fu-in-synergy-h">
        Suivi
        {followup && (
          <a class="btn btn-light fu-open" href={`#/suivi/${followup.id}`}>
            Ouvrir la page du suivi
          </a>
        )}
      </h2>
      {followup ? (
        <FollowupPanel followup={followup} />
      ) : (
        <>
          <p class="muted">Aucune décision n’a encore été prise sur cette synergie.</p>
          {rights.canDecide ? (
            <DecisionButtons synergy={synergy} />
          ) : (
            <button
              type="button"
              class="btn"
              onClick={async () => {
                try {
                  await openFollowup(synergy, await currentActor());
                } catch (e) {
                  setError(errorMessage(e));
                }
              }}
            >
              Ouvrir un suivi pour y ajouter une note
            </button>
          )}
          <FormError message={error} />
        </>
      )}
    </section>
  );
}

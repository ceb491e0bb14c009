// The one-tap decisions on a proposal: Retenir, Écarter (asks for the reason), Plus tard (asks why
// and until when). Each shows a toast with « Annuler ».
import { useState } from 'preact/hooks';
import type { Synergy } from '../../domain';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { decide, decisionDone, type Decision } from './decisions';
import { LaterPicker } from './LaterPicker';
import { RejectionPicker } from './RejectionPicker';

export function DecisionButtons({ synergy }: { synergy: Synergy }) {
  const [rejecting, setRejecting] = useState(false);
  const [postponing, setPostponing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function run(decision: Decision) {
    setBusy(true);
    try {
      const done = await decide(synergy, decision);
      showToast(decisionDone(decision), {
        action: {
          label: 'Annuler',
          run: async () => {
            try {
              await done.undo();
              showToast('Décision annulée');
            } catch (e) {
              showToast(`Impossible d’annuler : ${errorMessage(e)}`, { kind: 'error' });
            }
          },
        },
      });
    } catch (e) {
      showToast(`La décision n’a pas été enregistrée : ${errorMessage(e)}`, { kind: 'error' });
    } finally {
      // The card usually leaves the list at once; when it stays (an error), it must be usable again.
      setBusy(false);
    }
  }

  if (postponing) {
    return <LaterPicker onCancel={() => setPostponing(false)} onConfirm={(onHold) => run({ to: 'on-hold', onHold })} />;
  }
  if (rejecting) {
    return <RejectionPicker onCancel={() => setRejecting(false)} onConfirm={(rejection) => run({ to: 'rejected', rejection })} />;
  }
  return (
    <div class="fu-quick actions" role="group" aria-label="Décision">
      <button type="button" class="btn btn-primary" disabled={busy} onClick={() => run({ to: 'retained' })}>
        Retenir
      </button>
      <button type="button" class="btn btn-danger" disabled={busy} onClick={() => setRejecting(true)}>
        Écarter
      </button>
      <button type="button" class="btn" disabled={busy} onClick={() => setPostponing(true)}>
        Plus tard
      </button>
    </div>
  );
}

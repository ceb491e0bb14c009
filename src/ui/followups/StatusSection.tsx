// Where a follow-up stands in the pipeline, the reason it was set aside or why it waits, and the
// moves allowed from here (with an optional comment kept in the history; « Écartée » asks for its
// reason, « En attente » why and until when, as « Plus tard » does).
import { useState } from 'preact/hooks';
import {
  FOLLOWUP_PIPELINE,
  FOLLOWUP_STATUSES,
  canTransition,
  type Followup,
  type FollowupStatus,
  type OnHold,
  type Rejection,
} from '../../domain';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { onHoldComment } from './decisions';
import { frDay, rejectionLabel, statusLabel } from './format';
import { LaterPicker } from './LaterPicker';
import { RejectionPicker } from './RejectionPicker';

export interface StatusSectionProps {
  followup: Followup;
  canDecide: boolean;
  readOnlyReason?: string;
  onChange: (to: FollowupStatus, options: { comment?: string; rejection?: Rejection; onHold?: OnHold }) => Promise<void>;
}

export function StatusBadge({ status }: { status: FollowupStatus }) {
  return <span class={`fu-status fu-status-${status}`}>{statusLabel(status)}</span>;
}

/** The five pipeline steps, the current one marked (side states show beside). */
function Steps({ status }: { status: FollowupStatus }) {
  const reached = FOLLOWUP_PIPELINE.indexOf(status as (typeof FOLLOWUP_PIPELINE)[number]);
  return (
    <ol class="fu-steps" aria-label="Étapes du pipeline">
      {FOLLOWUP_PIPELINE.map((s, i) => (
        <li key={s} class={i < reached ? 'done' : i === reached ? 'current' : ''} aria-current={i === reached ? 'step' : undefined}>
          {statusLabel(s)}
        </li>
      ))}
    </ol>
  );
}

export function StatusSection({ followup, canDecide, readOnlyReason, onChange }: StatusSectionProps) {
  const [comment, setComment] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [postponing, setPostponing] = useState(false);
  const [busy, setBusy] = useState(false);
  const moves = FOLLOWUP_STATUSES.filter((to) => canTransition(followup.status, to));

  async function move(to: FollowupStatus, rejection?: Rejection, onHold?: OnHold) {
    setBusy(true);
    try {
      const typed = comment.trim() || undefined;
      await onChange(to, onHold ? { comment: typed ?? onHoldComment(onHold), onHold } : { comment: typed, rejection });
      setComment('');
      setRejecting(false);
      setPostponing(false);
      showToast(`Statut : ${statusLabel(to)}`);
    } catch (e) {
      showToast(`Le statut n’a pas changé : ${errorMessage(e)}`, { kind: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="fu-section" aria-labelledby="fu-status-h">
      <h2 id="fu-status-h">
        Statut : <StatusBadge status={followup.status} />
      </h2>
      <Steps status={followup.status} />
      {followup.status === 'rejected' && followup.rejection && (
        <p class="fu-rejection">
          <strong>Motif :</strong> {rejectionLabel(followup.rejection)}
        </p>
      )}
      {followup.status === 'on-hold' && followup.onHold && (
        <p class="fu-on-hold" data-testid="on-hold">
          <strong>En attente :</strong> {followup.onHold.reason}
          {followup.onHold.until && ` — revient dans « À traiter » le ${frDay(followup.onHold.until)}`}
        </p>
      )}
      {!canDecide ? (
        <p class="muted fu-readonly">{readOnlyReason}</p>
      ) : rejecting ? (
        <RejectionPicker onCancel={() => setRejecting(false)} onConfirm={(r) => move('rejected', r)} />
      ) : postponing ? (
        <LaterPicker onCancel={() => setPostponing(false)} onConfirm={(onHold) => move('on-hold', undefined, onHold)} />
      ) : (
        moves.length > 0 && (
          <div class="fu-moves">
            <label class="fu-comment">
              Commentaire (facultatif, gardé dans l’historique)
              <input value={comment} maxLength={2000} onInput={(e) => setComment(e.currentTarget.value)} />
            </label>
            <div class="actions" role="group" aria-label="Changer le statut">
              {moves.map((to) => (
                <button
                  key={to}
                  type="button"
                  class={`btn${to === 'rejected' ? ' btn-danger' : FOLLOWUP_PIPELINE.includes(to as never) ? ' btn-primary' : ''}`}
                  disabled={busy}
                  onClick={() => (to === 'rejected' ? setRejecting(true) : to === 'on-hold' ? setPostponing(true) : move(to))}
                >
                  {to === 'rejected' ? 'Écarter…' : to === 'on-hold' ? '→ En attente…' : `→ ${statusLabel(to)}`}
                </button>
              ))}
            </div>
          </div>
        )
      )}
    </section>
  );
}

// Choosing why a synergy is set aside: one of the programme's reasons, « Autre » with a text
// (required). Big radio rows for a finger; Échap cancels.
import { useEffect, useRef, useState } from 'preact/hooks';
import { REJECTION_REASONS, REJECTION_REASON_LABELS, RejectionSchema, type Rejection, type RejectionReason } from '../../domain';
import { FormError } from '../components/form-error';

let counter = 0;

export function RejectionPicker(props: {
  onConfirm: (rejection: Rejection) => void | Promise<void>;
  onCancel: () => void;
  confirmLabel?: string;
}) {
  const [id] = useState(() => `reject-${++counter}`);
  const [reason, setReason] = useState<RejectionReason>();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Keyboard users land on the first reason rather than back at the top of the page.
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input[type=radio]')?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (!reason) return setError('Choisissez un motif pour écarter cette synergie');
    const parsed = RejectionSchema.safeParse({ reason, text: reason === 'other' ? text : '' });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Motif invalide');
    setError(undefined);
    setBusy(true);
    try {
      await props.onConfirm(parsed.data);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      ref={form}
      class="fu-reject"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      aria-labelledby={`${id}-legend`}
    >
      <fieldset>
        <legend id={`${id}-legend`}>Motif d’écartement</legend>
        <div class="fu-reasons">
          {REJECTION_REASONS.map((r) => (
            <label key={r} class={`fu-reason${reason === r ? ' on' : ''}`}>
              <input type="radio" name={id} value={r} checked={reason === r} onChange={() => setReason(r)} />
              {REJECTION_REASON_LABELS[r]}
            </label>
          ))}
        </div>
        {reason === 'other' && (
          <div class="field">
            <label for={`${id}-text`}>Précisez le motif *</label>
            <input
              id={`${id}-text`}
              value={text}
              maxLength={500}
              onInput={(e) => setText(e.currentTarget.value)}
              aria-invalid={error !== undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              // Focus on purpose: the dialog asks for this one field.
              autoFocus
            />
          </div>
        )}
        <FormError message={error} id={`${id}-error`} />
        <div class="actions">
          <button type="submit" class="btn btn-danger" disabled={busy}>
            {props.confirmLabel ?? 'Écarter'}
          </button>
          <button type="button" class="btn btn-light" onClick={props.onCancel}>
            Annuler
          </button>
        </div>
      </fieldset>
    </form>
  );
}

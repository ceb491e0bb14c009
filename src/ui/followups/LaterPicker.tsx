// « Plus tard »: why the lead waits (required) and, if known, the day it comes back to « À traiter ».
// Same shape as the rejection picker: one form, Échap cancels.
import { useEffect, useRef, useState } from 'preact/hooks';
import { OnHoldSchema, type OnHold } from '../../domain';
import { FormError } from '../components/form-error';
import { todayIso } from './format';

let counter = 0;

/** A return day must be after today: a lead due back today would never leave the queue. */
export function validateLater(reason: string, until: string, today = todayIso()): OnHold | string {
  const parsed = OnHoldSchema.safeParse({ reason, ...(until ? { until } : {}) });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Saisie invalide';
  if (parsed.data.until && parsed.data.until <= today) return 'Choisissez une date de retour après aujourd’hui';
  return parsed.data;
}

export function LaterPicker(props: { onConfirm: (onHold: OnHold) => void | Promise<void>; onCancel: () => void }) {
  const [id] = useState(() => `later-${++counter}`);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateLater(reason, until);
    if (typeof result === 'string') return setError(result);
    setError(undefined);
    setBusy(true);
    try {
      await props.onConfirm(result);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="fu-reject" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && props.onCancel()} aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`}>Remettre à plus tard</legend>
        <div class="field">
          <label for={`${id}-reason`}>Pourquoi plus tard ? *</label>
          <input
            id={`${id}-reason`}
            ref={input}
            value={reason}
            maxLength={500}
            placeholder="Ex. : budget voté en janvier, attendre le nouveau contrat de collecte"
            onInput={(e) => setReason(e.currentTarget.value)}
            aria-invalid={error !== undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <div class="field">
          <label for={`${id}-until`}>À revoir le (facultatif)</label>
          <input id={`${id}-until`} type="date" value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
        </div>
        <p class="muted">À cette date, la synergie revient dans « À traiter ».</p>
        <FormError message={error} id={`${id}-error`} />
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            Mettre en attente
          </button>
          <button type="button" class="btn btn-light" onClick={props.onCancel}>
            Annuler
          </button>
        </div>
      </fieldset>
    </form>
  );
}

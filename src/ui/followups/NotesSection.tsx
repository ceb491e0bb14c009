// The notes thread: everyone of the territory reads and adds notes (advisors included); notes are
// never edited nor removed, so two people writing offline both keep theirs.
import { useState } from 'preact/hooks';
import { NoteSchema, type Note } from '../../domain';
import { errorMessage } from '../autosave/use-autosave';
import { frDateTime } from './format';
import { FormError } from '../components/form-error';

export function NotesSection({ notes, onAdd }: { notes: readonly Note[]; onAdd: (text: string) => Promise<void> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const sorted = [...notes].sort((a, b) => a.at - b.at);

  async function submit(event: Event) {
    event.preventDefault();
    const checked = NoteSchema.shape.text.safeParse(text);
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    setBusy(true);
    try {
      await onAdd(checked.data);
      setText('');
      setError(undefined);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="fu-section" aria-labelledby="fu-notes-h">
      <h2 id="fu-notes-h">Notes ({notes.length})</h2>
      {sorted.length === 0 ? (
        <p class="muted">Aucune note pour l’instant.</p>
      ) : (
        <ul class="fu-notes">
          {sorted.map((n) => (
            <li key={n.id}>
              <p class="fu-meta">
                <strong>{n.byName || 'Quelqu’un'}</strong> · {frDateTime(n.at)}
              </p>
              <p class="fu-note-text">{n.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} class="fu-note-form">
        <label for="fu-note-text">Nouvelle note</label>
        <textarea id="fu-note-text" rows={3} maxLength={5000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <FormError message={error} />
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Ajouter la note
        </button>
      </form>
    </section>
  );
}

// « Animation : … » on the workshop's page, editable: the person who prepared it is recorded by
// default, a co-animator or a note-taker is added here; the report and the attendance sheet print it.
import { useState } from 'preact/hooks';
import { ZodError } from 'zod';
import { updateWorkshop } from '../../db/workshops';
import type { Workshop } from '../../domain/workshop';
import { Field } from '../components/field';

/** « Alice Martin, Bruno Petit » → the names, blanks dropped, each once. */
export const parseAnimators = (text: string): string[] => [
  ...new Set(
    text
      .split(/[,;\n]/)
      .map((n) => n.trim())
      .filter(Boolean),
  ),
];

export function AnimatorsField({ workshop }: { workshop: Workshop }) {
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();
  if (editing === undefined) {
    return (
      <p class="ws-animators">
        Animation : {workshop.animators.join(', ') || <span class="muted">non renseignée</span>}{' '}
        <button type="button" class="btn btn-light" onClick={() => setEditing(workshop.animators.join(', '))}>
          Modifier
        </button>
      </p>
    );
  }
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await updateWorkshop(workshop.id, (w) => ({ ...w, animators: parseAnimators(editing) }));
      setError(undefined);
      setEditing(undefined);
    } catch (e) {
      setError(e instanceof ZodError ? 'Vingt noms au plus, de 120 caractères chacun.' : String(e));
    }
  };
  return (
    <form class="ws-animators-form" onSubmit={save}>
      <Field id="ws-animators" label="Animation (noms séparés par des virgules)" error={error}>
        <input id="ws-animators" value={editing} onInput={(e) => setEditing(e.currentTarget.value)} autoFocus />
      </Field>
      <div class="actions">
        <button type="submit" class="btn btn-primary">
          Enregistrer
        </button>
        <button type="button" class="btn btn-light" onClick={() => setEditing(undefined)}>
          Annuler
        </button>
      </div>
    </form>
  );
}

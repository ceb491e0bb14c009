// The next action: what to do, by when, by whom. Overdue actions are flagged. Referents and admins
// edit it; others read it.
import { useEffect, useState } from 'preact/hooks';
import { NextActionSchema, type Followup, type NextAction } from '../../domain';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { assigneeChoices, useAssignees, type Person } from './assignees';
import { frDay, isOverdue } from './format';
import { FormError } from '../components/form-error';

const FREE = '__free__';

export function DueDate({ dueDate }: { dueDate?: string }) {
  if (!dueDate) return null;
  return isOverdue(dueDate) ? (
    <span class="fu-overdue">En retard : échéance le {frDay(dueDate)}</span>
  ) : (
    <span class="fu-due">Échéance le {frDay(dueDate)}</span>
  );
}

export function NextActionLine({ next }: { next?: NextAction }) {
  if (!next) return <span class="muted">Aucune prochaine action</span>;
  return (
    <span>
      {next.text}
      {next.assigneeName && <> · {next.assigneeName}</>} <DueDate dueDate={next.dueDate} />
    </span>
  );
}

interface Draft {
  text: string;
  dueDate: string;
  assignee: string;
  freeName: string;
}

const draftOf = (next: NextAction | undefined): Draft => ({
  text: next?.text ?? '',
  dueDate: next?.dueDate ?? '',
  assignee: next?.assigneeId ?? (next?.assigneeName ? FREE : ''),
  freeName: next?.assigneeId ? '' : (next?.assigneeName ?? ''),
});

export function NextActionSection(props: {
  followup: Followup;
  me?: Person;
  canDecide: boolean;
  onSave: (next: NextAction | undefined) => Promise<void>;
}) {
  const next = props.followup.nextAction;
  const [draft, setDraft] = useState(() => draftOf(next));
  const [error, setError] = useState<string>();
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setDraft(draftOf(next));
  }, [next, dirty]);
  const directory = useAssignees(props.followup.territoryIds);
  const people = assigneeChoices(props.followup, props.me, directory);
  const set = (patch: Partial<Draft>) => {
    setDirty(true);
    setDraft({ ...draft, ...patch });
  };

  async function save(value: NextAction | undefined) {
    try {
      await props.onSave(value);
      setDirty(false);
      setError(undefined);
      showToast(value ? 'Prochaine action enregistrée' : 'Prochaine action effacée');
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    const person = people.find((p) => p.id === draft.assignee);
    const parsed = NextActionSchema.safeParse({
      text: draft.text,
      dueDate: draft.dueDate || undefined,
      assigneeId: person?.id,
      assigneeName: person?.name ?? (draft.assignee === FREE ? draft.freeName : ''),
    });
    if (!parsed.success) return setError(parsed.error.issues.map((i) => i.message).join(' ; '));
    void save(parsed.data);
  }

  return (
    <section class="fu-section" aria-labelledby="fu-next-h">
      <h2 id="fu-next-h">Prochaine action</h2>
      {!props.canDecide ? (
        <p>
          <NextActionLine next={next} />
        </p>
      ) : (
        <form class="fu-next" onSubmit={submit} noValidate>
          <div class="field">
            <label for="fu-next-text">Action à mener</label>
            <input
              id="fu-next-text"
              value={draft.text}
              maxLength={500}
              placeholder="Appeler le responsable QSE…"
              onInput={(e) => set({ text: e.currentTarget.value })}
            />
          </div>
          <div class="row">
            <div class="field">
              <label for="fu-next-due">Échéance</label>
              <input id="fu-next-due" type="date" value={draft.dueDate} onInput={(e) => set({ dueDate: e.currentTarget.value })} />
            </div>
            <div class="field">
              <label for="fu-next-who">Responsable</label>
              <select id="fu-next-who" value={draft.assignee} onChange={(e) => set({ assignee: e.currentTarget.value })}>
                <option value="">Personne</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
                <option value={FREE}>Autre personne…</option>
              </select>
            </div>
            {draft.assignee === FREE && (
              <div class="field">
                <label for="fu-next-free">Nom du responsable</label>
                <input id="fu-next-free" value={draft.freeName} maxLength={120} onInput={(e) => set({ freeName: e.currentTarget.value })} />
              </div>
            )}
          </div>
          {next?.dueDate && !dirty && <DueDate dueDate={next.dueDate} />}
          <FormError message={error} />
          <div class="actions">
            <button type="submit" class="btn btn-primary">
              Enregistrer l’action
            </button>
            {next && (
              <button type="button" class="btn btn-light" onClick={() => void save(undefined)}>
                Effacer (action faite)
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

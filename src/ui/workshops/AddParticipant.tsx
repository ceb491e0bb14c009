// Seat a company at the workshop: one already known (search by name, accents ignored), or one met
// at the door, created with a name and a park only.
import { useState } from 'preact/hooks';
import { ZodError } from 'zod';
import { searchKey } from '../../domain/company';
import { formatZodError } from '../../domain/errors';
import type { Workshop } from '../../domain/workshop';
import { listCompanies } from '../../db/companies';
import { addParticipant, createParticipant } from '../../db/workshops';
import { useLiveQuery } from '../hooks/use-live-query';

interface Props {
  workshop: Workshop;
  tableId?: string;
  onAdded?: (companyId: string) => void;
}

export function AddParticipant({ workshop, tableId, onAdded }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [zone, setZone] = useState('');
  const [error, setError] = useState<string>();
  const matches =
    useLiveQuery(
      () =>
        name.trim().length < 2
          ? Promise.resolve([])
          : listCompanies({ text: name, territoryId: workshop.territoryId }).then((r) => r.companies.slice(0, 6)),
      [name, workshop.territoryId],
    ).data ?? [];
  const done = (companyId: string) => {
    setName('');
    setZone('');
    setError(undefined);
    setOpen(false);
    onAdded?.(companyId);
  };
  if (!open) {
    return (
      <button type="button" class="btn" onClick={() => setOpen(true)}>
        + Entreprise
      </button>
    );
  }
  const create = async (e: Event) => {
    e.preventDefault();
    try {
      // Enter on a known company's full name picks it: a twin would split its flux in two.
      // Asked afresh: the suggestions may not have caught up with fast typing.
      const { companies } = await listCompanies({ text: name, territoryId: workshop.territoryId });
      const known = companies.find((c) => searchKey(c.name) === searchKey(name));
      if (known) {
        await addParticipant(workshop.id, known.id, tableId);
        return done(known.id);
      }
      done(await createParticipant(workshop.id, { name, zone }, tableId));
    } catch (err) {
      setError(err instanceof ZodError ? formatZodError(err) : err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form class="ws-add fieldset" onSubmit={create} aria-label="Ajouter une entreprise">
      <div class="row">
        <div class="field">
          <label for="ws-add-name">Raison sociale</label>
          <input id="ws-add-name" autoFocus value={name} onInput={(e) => setName(e.currentTarget.value)} autocomplete="off" />
        </div>
        <div class="field">
          <label for="ws-add-zone">Zone d’activités (facultatif)</label>
          <input id="ws-add-zone" value={zone} onInput={(e) => setZone(e.currentTarget.value)} />
        </div>
      </div>
      {matches.length > 0 && (
        <ul class="ws-matches" aria-label="Entreprises déjà connues">
          {matches.map((c) => (
            <li>
              <button
                type="button"
                class="btn btn-light"
                onClick={async () => {
                  await addParticipant(workshop.id, c.id, tableId);
                  done(c.id);
                }}
              >
                {c.name}
                {c.zone && <span class="muted"> · {c.zone}</span>}
                {workshop.companyIds.includes(c.id) ? ' (déjà présente)' : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn btn-primary">
          Créer « {name.trim() || '…'} »
        </button>
        <button type="button" class="btn btn-light" onClick={() => setOpen(false)}>
          Fermer
        </button>
      </div>
    </form>
  );
}

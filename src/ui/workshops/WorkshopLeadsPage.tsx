// « Suivi » for one workshop: the leads it opened (origin « atelier », its id), with their status
// and next action, each a link to its follow-up. Read by the workshop's territory, then filtered:
// a territory holds a few hundred leads at most. A lead through a flux confidential now carries the
// report's marker (only referents receive such leads: a reminder not to pass it on).
import { db } from '../../db/database';
import { getWorkshop } from '../../db/workshops';
import { FOLLOWUP_STATUS_LABELS, FollowupSchema } from '../../domain/followup';
import { validateRows } from '../../db/validated-read';
import { CONFIDENTIAL_MARK } from '../../exchange/workshop-report';
import { WorkshopMissing } from './WorkshopMissing';
import { useLiveQuery } from '../hooks/use-live-query';
import { frenchDate } from './dates';
import './workshops.css';

export function WorkshopLeadsPage({ id }: { id: string }) {
  const data = useLiveQuery(async () => {
    const workshop = await getWorkshop(id);
    if (!workshop) return undefined;
    const raw = await db()
      .followups.where('territoryIds')
      .equals(workshop.territoryId)
      .filter((f) => f.workshopId === id && !f.deleted)
      .toArray();
    const leads = validateRows(FollowupSchema, raw).rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    const fluxIds = [...new Set(leads.flatMap((f) => f.snapshot.fluxIds))];
    const secret = new Set((await db().flux.bulkGet(fluxIds)).filter((f) => f?.confidential && !f.deleted).map((f) => f!.id));
    return { workshop, leads, secret };
  }, [id]);
  if (data.loading) return <p class="loading">Chargement…</p>;
  if (!data.data) return <WorkshopMissing />;
  const { workshop, leads, secret } = data.data;
  return (
    <section class="page" aria-labelledby="leads-title">
      <a class="back" href={`#/ateliers/${workshop.id}`}>
        ← {workshop.title}
      </a>
      <h1 id="leads-title">Suivi — pistes de l’atelier ({leads.length})</h1>
      <p class="muted">{frenchDate(workshop.date)} · les pistes ouvertes à la clôture de l’atelier, où qu’en soit leur suivi.</p>
      {leads.length === 0 ? (
        <p>Aucune piste pour l’instant : « Clore l’atelier » transforme ses synergies en pistes.</p>
      ) : (
        <ul class="card-list" aria-label="Pistes de l’atelier">
          {leads.map((f) => (
            <li key={f.id} class="card">
              <a href={`#/suivi/${f.id}`}>{f.snapshot.explanation || f.snapshot.companies.map((c) => c.name).join(', ')}</a>
              <span class="badge">{FOLLOWUP_STATUS_LABELS[f.status]}</span>
              {f.snapshot.fluxIds.some((id) => secret.has(id)) && <span class="ws-confidential-mark">{CONFIDENTIAL_MARK}</span>}
              {f.nextAction && <span class="muted">Prochaine action : {f.nextAction.text}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

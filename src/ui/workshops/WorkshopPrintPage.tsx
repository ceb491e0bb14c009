// What the room takes home, to print: the attendance sheet (funders ask for it: company, table,
// representative, signature) and one handout per participant with its leads — with whom, what,
// how far, who follows up. Both follow the room's rule: no confidential flux, only participants.
import { companiesByIds } from '../../db/companies';
import { db } from '../../db/database';
import { followupOfSynergy } from '../../db/followup-queries';
import { fluxOfCompanies, getWorkshop } from '../../db/workshops';
import type { Followup } from '../../domain/followup';
import { roomSynergies } from '../../domain/workshop-room';
import { WorkshopMissing } from './WorkshopMissing';
import { useLiveQuery } from '../hooks/use-live-query';
import { useResultsVersion } from '../hooks/use-results-version';
import { frenchDate } from './dates';
import { synergiesOfCompanies } from './workshop-synergies';
import './workshops.css';

/** Blank rows at the end of the sheet, for companies that came without registering. */
const SPARE_ROWS = 6;
const KM = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function WorkshopPrintPage({ id, kind }: { id: string; kind: 'emargement' | 'fiches' }) {
  const results = useResultsVersion();
  const data = useLiveQuery(async () => {
    const workshop = await getWorkshop(id);
    if (!workshop) return undefined;
    const companies = (await companiesByIds(workshop.companyIds)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    const territory = await db().territories.get(workshop.territoryId);
    if (kind === 'emargement') return { workshop, companies, territory, leads: [], followups: new Map<string, Followup>() };
    const leads = roomSynergies(companies, await fluxOfCompanies(workshop.companyIds), await synergiesOfCompanies(workshop.companyIds));
    const followups = new Map<string, Followup>();
    for (const s of leads) {
      const f = await followupOfSynergy(s.synergyId);
      if (f) followups.set(s.id, f);
    }
    return { workshop, companies, territory, leads, followups };
  }, [id, kind, results]);
  if (data.loading) return <p class="loading">Chargement…</p>;
  if (!data.data) return <WorkshopMissing />;
  const { workshop, companies, territory, leads, followups } = data.data;
  const tableOf = (companyId: string) => workshop.tables.find((t) => t.companyIds.includes(companyId))?.name ?? '';
  const heading = `${workshop.title} — ${frenchDate(workshop.date)} · ${territory?.name ?? workshop.territoryId}${workshop.place ? ` · ${workshop.place}` : ''}`;
  const actions = (
    <div class="actions ws-no-print">
      <a class="back" href={`#/ateliers/${workshop.id}`}>
        ← Atelier
      </a>
      <button type="button" class="btn btn-primary" onClick={() => window.print()}>
        Imprimer
      </button>
    </div>
  );
  if (kind === 'emargement') {
    const rows = [...companies].sort(
      (a, b) => tableOf(a.id).localeCompare(tableOf(b.id), 'fr', { numeric: true }) || a.name.localeCompare(b.name, 'fr'),
    );
    return (
      <article class="page ws-report ws-attendance" aria-labelledby="attendance-title">
        {actions}
        <h1 id="attendance-title">Feuille d’émargement</h1>
        <p>{heading}</p>
        <p>Animation : {workshop.animators.join(', ') || '………………………………'}</p>
        <table>
          <thead>
            <tr>
              <th>Entreprise</th>
              <th>Table</th>
              <th>Nom et fonction du représentant</th>
              <th>Signature</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td class="ws-table-cell">{tableOf(c.id)}</td>
                <td />
                <td />
              </tr>
            ))}
            {Array.from({ length: SPARE_ROWS }, (_, i) => (
              <tr key={`spare-${i}`} aria-hidden="true">
                <td />
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </article>
    );
  }
  return (
    <article class="page ws-report ws-handouts" aria-labelledby="handouts-title">
      {actions}
      <h1 id="handouts-title" class="ws-no-print">
        Fiches des participants ({companies.length})
      </h1>
      {companies.map((c) => {
        const own = leads.filter((s) => s.companyIds.includes(c.id));
        return (
          <section key={c.id} class="ws-handout" aria-label={`Fiche de ${c.name}`}>
            <h2>{c.name}</h2>
            <p class="muted">{heading}</p>
            {own.length === 0 ? (
              <p>Aucune piste détectée pendant l’atelier : le référent du territoire reste votre contact.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>Avec</th>
                    <th>Quoi</th>
                    <th>Distance</th>
                    <th>Suivi par</th>
                  </tr>
                </thead>
                <tbody>
                  {own.map((s) => {
                    const next = followups.get(s.id)?.nextAction;
                    return (
                      <tr key={s.id}>
                        <td>{s.names.filter((_, i) => s.companyIds[i] !== c.id).join(', ')}</td>
                        <td>
                          {s.kind === 'substitution'
                            ? `${s.companyIds[0] === c.id ? 'Vous proposez' : 'Vous recevez'} : ${s.what}`
                            : `${s.sentence.split(' — ')[0]} : ${s.what}`}
                        </td>
                        <td>{s.distanceKm === undefined ? '—' : s.distanceKm === 0 ? 'même zone' : `${KM.format(s.distanceKm)} km`}</td>
                        <td>{next?.assigneeName || 'le référent du territoire'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </article>
  );
}

// The workshop's report: a printable page (A4) and a CSV for French Excel — participants, what
// each offered and sought, the synergies detected and what happens next (their follow-up). It is
// handed to the room: the room's rule applies (no confidential flux, only participants named).
import { companiesByIds } from '../../db/companies';
import { FOLLOWUP_STATUS_LABELS, type Followup } from '../../domain/followup';
import { followupOfSynergy } from '../../db/followups';
import { db } from '../../db/database';
import { fluxOfCompanies, getWorkshop } from '../../db/workshops';
import { csvToBlob, downloadBlob } from '../../exchange/download';
import { buildWorkshopReport, CONFIDENTIAL_NOTE, workshopReportToCsv } from '../../exchange/workshop-report';
import { EmptyState } from '../components/empty-state';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';
import { useResultsVersion } from '../hooks/use-results-version';
import { ReportActions } from '../components/report-actions';
import { frenchDate } from './dates';
import { synergiesOfCompanies } from './workshop-synergies';
import './workshops.css';

export function WorkshopReportPage({ id }: { id: string }) {
  const results = useResultsVersion();
  const data = useLiveQuery(async () => {
    const workshop = await getWorkshop(id);
    if (!workshop) return undefined;
    const companies = await companiesByIds(workshop.companyIds);
    const report = buildWorkshopReport(
      workshop,
      companies,
      await fluxOfCompanies(workshop.companyIds),
      await synergiesOfCompanies(workshop.companyIds),
    );
    const territory = await db().territories.get(workshop.territoryId);
    // What happens next to each synergy: its follow-up, once the workshop is closed.
    const followups = new Map<string, Followup>();
    for (const s of report.synergies) {
      const f = await followupOfSynergy(s.synergyId);
      if (f) followups.set(s.id, f);
    }
    return { workshop, report, territory, followups };
  }, [id, results]);
  if (data.loading) return <p class="loading">Chargement…</p>;
  if (!data.data) {
    return (
      <EmptyState title="Atelier introuvable">
        <a href="#/ateliers">Retour aux ateliers</a>
      </EmptyState>
    );
  }
  const { workshop, report, territory, followups } = data.data;
  const exportCsv = () => {
    downloadBlob(csvToBlob(workshopReportToCsv(report)), `atelier-${workshop.date}.csv`);
    showToast('Compte rendu exporté (CSV).');
  };
  return (
    <article class="page ws-report" aria-labelledby="report-title">
      <ReportActions backHref={`#/ateliers/${workshop.id}`} backLabel="Atelier" onCsv={exportCsv} noPrintClass="ws-no-print" />
      <h1 id="report-title">Compte rendu — {workshop.title}</h1>
      <p>
        {frenchDate(workshop.date)} · {territory?.name ?? workshop.territoryId}
        {workshop.place && ` · ${workshop.place}`}
      </p>
      <p>Animation : {report.animation || 'non renseignée'}</p>
      <p>
        <strong>{report.companies.length}</strong> entreprise(s) participante(s), <strong>{report.fluxEntered}</strong> ressource(s)
        saisie(s) pendant l’atelier, <strong>{report.synergies.length}</strong> synergie(s) détectée(s).
      </p>
      <section>
        <h2>Participants et ressources</h2>
        <table>
          <thead>
            <tr>
              <th>Entreprise</th>
              <th>Table</th>
              <th>Propose</th>
              <th>Recherche</th>
            </tr>
          </thead>
          <tbody>
            {report.companies.map((r) => (
              <tr key={r.company.id}>
                <td>{r.company.name}</td>
                <td>{r.table}</td>
                <td>{r.offers.join(' ; ')}</td>
                <td>{r.needs.join(' ; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">{CONFIDENTIAL_NOTE}</p>
      </section>
      <section>
        <h2>Synergies détectées</h2>
        {report.synergies.length === 0 ? (
          <p class="muted">Aucune synergie détectée entre les participants.</p>
        ) : (
          <ol>
            {report.synergies.map((s) => {
              const f = followups.get(s.id);
              return (
                <li key={s.id}>
                  {s.sentence}
                  {s.names.length > 3 && <span class="muted"> ({s.names.join(', ')})</span>}
                  {f && (
                    <span class="muted">
                      {' '}
                      — suivi : {FOLLOWUP_STATUS_LABELS[f.status]}
                      {f.nextAction &&
                        ` · prochaine action : ${f.nextAction.text}${f.nextAction.dueDate ? ` (${frenchDate(f.nextAction.dueDate)})` : ''}`}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section>
        <h2>Suite</h2>
        <p>
          {workshop.state === 'closed'
            ? 'Chaque synergie détectée est une piste du suivi des synergies (statut « Proposée ») : le référent du territoire la retient ou l’écarte, puis suit sa mise en relation.'
            : 'À la clôture de l’atelier, chaque synergie détectée deviendra une piste du suivi des synergies.'}
        </p>
      </section>
    </article>
  );
}

// The workshop's report: a printable page (A4) and a CSV for French Excel — participants, what
// each offered and sought, the synergies detected and what happens next (their follow-up). Handed
// to the room, the room's rule applies (no confidential flux, only participants named); those who
// receive confidential leads may read the referent's copy, each confidential flux marked.
import { useState } from 'preact/hooks';
import { companiesByIds } from '../../db/companies';
import { FOLLOWUP_STATUS_LABELS, type Followup } from '../../domain/followup';
import { followupOfSynergy } from '../../db/followups';
import { db } from '../../db/database';
import { fluxOfCompanies, getWorkshop } from '../../db/workshops';
import { csvToBlob, downloadBlob } from '../../exchange/download';
import type { RoomAudience } from '../../domain/workshop-room';
import {
  buildWorkshopReport,
  CONFIDENTIAL_MARK,
  CONFIDENTIAL_NOTE,
  INTERNAL_NOTE,
  type ReportFlux,
  workshopReportToCsv,
} from '../../exchange/workshop-report';
import { WorkshopMissing } from './WorkshopMissing';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';
import { useSession } from '../hooks/use-session-state';
import { useResultsVersion } from '../hooks/use-results-version';
import { ReportActions } from '../components/report-actions';
import { frenchDate } from './dates';
import { maySeeConfidential } from './report-audience';
import { synergiesOfCompanies } from './workshop-synergies';
import './workshops.css';

/** A resource in a cell; in the referent's copy a confidential one carries its marker. */
function FluxItems({ items }: { items: ReportFlux[] }) {
  return (
    <>
      {items.map((f, i) => (
        <span key={i}>
          {i > 0 && ' ; '}
          {f.what}
          {f.confidential && <span class="ws-confidential-mark"> — {CONFIDENTIAL_MARK}</span>}
        </span>
      ))}
    </>
  );
}

export function WorkshopReportPage({ id }: { id: string }) {
  const results = useResultsVersion();
  const session = useSession();
  // The copy handed to the room unless its reader asks for the referent's (and may have it).
  const [chosen, setChosen] = useState<RoomAudience>('room');
  const data = useLiveQuery(async () => {
    const workshop = await getWorkshop(id);
    if (!workshop) return undefined;
    const companies = await companiesByIds(workshop.companyIds);
    const allowed = maySeeConfidential(session, workshop.territoryId);
    const report = buildWorkshopReport(
      workshop,
      companies,
      await fluxOfCompanies(workshop.companyIds),
      await synergiesOfCompanies(workshop.companyIds),
      allowed ? chosen : 'room',
    );
    const territory = await db().territories.get(workshop.territoryId);
    // What happens next to each synergy: its follow-up, once the workshop is closed.
    const followups = new Map<string, Followup>();
    for (const s of report.synergies) {
      const f = await followupOfSynergy(s.synergyId);
      if (f) followups.set(s.id, f);
    }
    return { workshop, report, territory, followups, allowed };
  }, [id, results, chosen, session]);
  if (data.loading) return <p class="loading">Chargement…</p>;
  if (!data.data) return <WorkshopMissing />;
  const { workshop, report, territory, followups, allowed } = data.data;
  const referent = report.audience === 'referent';
  const exportCsv = () => {
    downloadBlob(csvToBlob(workshopReportToCsv(report)), `atelier-${workshop.date}${referent ? '-interne' : ''}.csv`);
    showToast('Compte rendu exporté (CSV).');
  };
  return (
    <article class="page ws-report" aria-labelledby="report-title">
      <ReportActions backHref={`#/ateliers/${workshop.id}`} backLabel="Atelier" onCsv={exportCsv} noPrintClass="ws-no-print" />
      {allowed && (
        <fieldset class="ws-no-print ws-audience">
          <legend>Version</legend>
          <label>
            <input type="radio" name="ws-audience" checked={chosen === 'room'} onChange={() => setChosen('room')} /> Pour les participants
          </label>
          <label>
            <input type="radio" name="ws-audience" checked={chosen === 'referent'} onChange={() => setChosen('referent')} /> Interne, avec
            les ressources confidentielles
          </label>
        </fieldset>
      )}
      {referent && (
        <p class="ws-internal-note" role="note">
          {INTERNAL_NOTE}
        </p>
      )}
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
                <td class="ws-table-cell">{r.table}</td>
                <td>
                  <FluxItems items={r.offers} />
                </td>
                <td>
                  <FluxItems items={r.needs} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!referent && <p class="muted">{CONFIDENTIAL_NOTE}</p>}
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
                  {s.confidential && (
                    <span class="ws-confidential-mark">
                      {' '}
                      — {CONFIDENTIAL_MARK} ({s.confidentialNames?.join(', ')})
                    </span>
                  )}
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

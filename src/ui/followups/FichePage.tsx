// `#/suivi/<id>/fiche`: one A4 page to bring to a meeting with the companies — who, what, where it
// stands, the next step and the gains. Built from the follow-up (snapshot sentence, no flux read)
// and the matcher's current sentence when it differs, so a confidential quantity cannot appear.
import { GAIN_METRICS, GAIN_METRIC_LABELS, SYNERGY_KIND_LABELS, type Gains } from '../../domain';
import { computeTco2e } from '../../domain';
import { db } from '../../db/database';
import { getFollowup } from '../../db/followups';
import { EmptyState } from '../components/empty-state';
import { useLiveQuery } from '../hooks/use-live-query';
import { useResultsVersion } from '../hooks/use-results-version';
import { SinceDecision } from './SinceDecision';
import { currentSynergyOf } from './synergy-source';
import { frDate, frDay, frNumber, rejectionLabel, resourceLabel, statusLabel } from './format';
import './print.css';

function GainsColumn({ title, gains }: { title: string; gains: Gains }) {
  const tco2e = computeTco2e(gains).value;
  const known = GAIN_METRICS.filter((m) => gains[m] !== undefined);
  return (
    <div>
      <h3>{title}</h3>
      {known.length === 0 && tco2e === undefined ? (
        <p class="muted">Non renseignés</p>
      ) : (
        <dl>
          {known.map((m) => [<dt key={`${m}t`}>{GAIN_METRIC_LABELS[m]}</dt>, <dd key={`${m}d`}>{frNumber(gains[m]!)}</dd>])}
          {tco2e !== undefined && [
            <dt key="co2t">{GAIN_METRIC_LABELS.tco2e}</dt>,
            <dd key="co2d">
              {frNumber(tco2e)}
              {gains.tco2eOverride !== undefined && ' (saisi manuellement)'}
            </dd>,
          ]}
        </dl>
      )}
    </div>
  );
}

export function FichePage({ id }: { id: string }) {
  const results = useResultsVersion();
  const result = useLiveQuery(async () => {
    const followup = await getFollowup(id);
    if (!followup) return undefined;
    const territories = await db().territories.bulkGet(followup.territoryIds);
    // Today's figures come from the matcher's sentence, which never prints a confidential quantity.
    const current = await currentSynergyOf(followup);
    return { followup, current, territories: territories.flatMap((t) => (t ? [t.name] : [])) };
  }, [id, results]);
  if (result.loading) return <p class="loading">Chargement…</p>;
  if (!result.data) {
    return (
      <EmptyState title="Suivi introuvable">
        <a class="btn" href="#/suivi/pipeline">
          Voir le pipeline
        </a>
      </EmptyState>
    );
  }
  const { followup, current, territories } = result.data;
  const s = followup.snapshot;
  const next = followup.nextAction;
  return (
    <article class="fiche" aria-labelledby="fiche-title">
      <div class="fiche-tools actions">
        <button type="button" class="btn btn-primary" onClick={() => window.print()}>
          Imprimer
        </button>
        <a class="btn" href={`#/suivi/${followup.id}`}>
          Retour au suivi
        </a>
      </div>
      <header class="fiche-head">
        <h1 id="fiche-title">Fiche synergie — {SYNERGY_KIND_LABELS[s.kind]}</h1>
        <p class="muted">
          {territories.join(', ')} · éditée le {frDate(Date.now())}
        </p>
      </header>
      {s.explanation && <p class="fiche-sentence">{s.explanation}</p>}
      <dl class="fiche-facts">
        <dt>Entreprises</dt>
        <dd>{s.companies.map((c) => c.name).join(', ')}</dd>
        <dt>Ressources</dt>
        <dd>{s.resourceCodes.map(resourceLabel).join(', ')}</dd>
        <dt>Statut</dt>
        <dd>
          {statusLabel(followup.status)}
          {followup.rejection && ` — ${rejectionLabel(followup.rejection)}`}
        </dd>
        <dt>Prochaine action</dt>
        <dd>
          {next ? (
            <>
              {next.text}
              {next.assigneeName && ` — ${next.assigneeName}`}
              {next.dueDate && `, avant le ${frDay(next.dueDate)}`}
            </>
          ) : (
            'À définir'
          )}
        </dd>
      </dl>
      <SinceDecision followup={followup} current={current} />
      <section class="fiche-gains">
        <h2>Gains par an</h2>
        <div class="fiche-gains-cols">
          <GainsColumn title="Attendus" gains={followup.expectedGains} />
          <GainsColumn title="Réalisés" gains={followup.realisedGains} />
        </div>
      </section>
      <footer class="fiche-foot muted">Synergies Terrain — document de travail, sans les quantités déclarées confidentielles.</footer>
    </article>
  );
}

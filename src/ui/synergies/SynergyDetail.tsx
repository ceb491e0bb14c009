// One synergy: the sentence to read aloud, its score and what it is made of, and each side —
// company, flux, quantity — with links to the companies.
import { Fragment } from 'preact';
import { DIRECTION_LABELS, SYNERGY_KIND_LABELS, findResource, formatQuantity, stakeText, type Flux, type ScoreParts } from '../../domain';
import { db, type StoredCompany } from '../../db/database';
import { getSynergy } from '../../matching/store';
import { EmptyState } from '../components/empty-state';
import { SynergyFollowup } from '../followups/SynergyFollowup';
import { GroupReason } from './GroupReason';
import { useLiveQuery } from '../hooks/use-live-query';
import { distanceLabel } from './synergy-filters';
import { useHeldSynergies } from './use-held-synergies';
import './synergies.css';

const PART_LABELS: Record<keyof ScoreParts, string> = {
  resource: 'Ressource',
  quantity: 'Quantités',
  distance: 'Distance',
  timing: 'Disponibilité',
};

function Side({ flux, company }: { flux: Flux | undefined; company: StoredCompany | undefined }) {
  if (!flux) return null;
  const resource = findResource(flux.resourceCode);
  const label = resource?.isOther && flux.label ? flux.label : (resource?.label ?? flux.resourceCode);
  const quantity =
    flux.quantity !== undefined && flux.unit && !flux.confidential ? formatQuantity(flux.quantity, flux.unit, flux.period) : undefined;
  return (
    <li class={`syn-side syn-side-${flux.direction}`}>
      {company ? <a href={`#/entreprises/${company.id}`}>{company.name}</a> : <strong>Entreprise supprimée</strong>}
      <div>
        {DIRECTION_LABELS[flux.direction]} : {label}
      </div>
      <div class="muted">{quantity ?? (flux.confidential ? 'Quantité confidentielle' : 'Quantité non renseignée')}</div>
    </li>
  );
}

export function SynergyDetail({ id }: { id: string }) {
  // The synergy from the worker; its sides from the base, live (a company renamed shows at once).
  const held = useHeldSynergies(() => getSynergy(id), [id]);
  const found = held.data ?? undefined;
  const result = useLiveQuery(async () => {
    if (!found) return undefined;
    const [flux, companies] = await Promise.all([db().flux.bulkGet(found.fluxIds), db().companies.bulkGet(found.companyIds)]);
    const byId = new Map(companies.filter((c): c is StoredCompany => c !== undefined).map((c) => [c.id, c]));
    return { synergy: found, flux: flux.filter((f): f is Flux => f !== undefined), companies: byId };
  }, [found]);

  if (held.error)
    return (
      <p class="syn-error" role="alert">
        Synergie indisponible : {held.error.message}
      </p>
    );
  if (held.loading) return <p class="loading">Chargement…</p>;
  if (!found) {
    return (
      <EmptyState title="Synergie introuvable">
        <p>Elle a peut-être disparu après un recalcul (un flux a changé ou a été supprimé).</p>
        <a class="btn" href="#/synergies">
          Toutes les synergies
        </a>
      </EmptyState>
    );
  }
  // The sides of the synergy shown, not of the one before it.
  if (result.data?.synergy !== found) return <p class="loading">Chargement…</p>;
  const { synergy, flux, companies } = result.data;
  const offers = flux.filter((f) => f.direction === 'offer');
  const needs = flux.filter((f) => f.direction === 'need');

  return (
    <div class="page">
      <header class="page-header">
        <div>
          <h1>
            {SYNERGY_KIND_LABELS[synergy.kind]} · {distanceLabel(synergy.distanceKm, synergy.approximatePlace)}
          </h1>
          <p class="muted">
            {synergy.companyIds.length} entreprises · calculée le {new Date(synergy.computedAt).toLocaleDateString('fr-FR')}
          </p>
        </div>
        <a class="btn" href="#/synergies">
          Toutes les synergies
        </a>
      </header>
      <p class="syn-explanation-lead">{synergy.explanation}</p>
      {synergy.stake && <p class="syn-stake">Enjeu annuel estimé d’après les quantités : {stakeText(synergy.stake)}</p>}
      <GroupReason synergy={synergy} />

      <h2>
        Score : <span class="syn-score">{synergy.score}</span> / 100
      </h2>
      <div class="syn-parts">
        {(Object.keys(PART_LABELS) as (keyof ScoreParts)[]).map((part) => (
          <Fragment key={part}>
            <span id={`syn-part-${part}`}>{PART_LABELS[part]}</span>
            <meter
              min={0}
              max={100}
              low={40}
              high={70}
              optimum={100}
              value={synergy.scoreParts[part]}
              aria-labelledby={`syn-part-${part}`}
            />
            <span>{synergy.scoreParts[part]}</span>
          </Fragment>
        ))}
      </div>

      {offers.length > 0 && <h2>Qui donne</h2>}
      {offers.length > 0 && (
        <ul class="syn-sides">
          {offers.map((f) => (
            <Side key={f.id} flux={f} company={companies.get(f.companyId)} />
          ))}
        </ul>
      )}
      {needs.length > 0 && <h2>{synergy.kind === 'substitution' ? 'Qui reçoit' : 'Qui en a besoin'}</h2>}
      {needs.length > 0 && (
        <ul class="syn-sides">
          {needs.map((f) => (
            <Side key={f.id} flux={f} company={companies.get(f.companyId)} />
          ))}
        </ul>
      )}
      <SynergyFollowup synergy={synergy} />
    </div>
  );
}

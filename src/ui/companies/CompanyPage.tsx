// One company: its details, visits, recorded flux and synergies, with edit and delete (undoable).
import { CompanySchema, FAMILIES, FAMILY_LABELS, HEADCOUNT_LABELS } from '../../domain';
import { db, deleteCompany, listVisits, restoreCompany } from '../../db';
import { EmptyState } from '../components/empty-state';
import { lazyComponent } from '../components/lazy';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';
import { navigate } from '../router';
import { PlacementNotice } from './PlacementNotice';

const CompanySynergies = lazyComponent(() => import('../synergies/CompanySynergies').then((m) => m.CompanySynergies));

export function CompanyPage({ id }: { id: string }) {
  const company = useLiveQuery(() => db().companies.get(id), [id]);
  const territory = useLiveQuery(async () => {
    const c = await db().companies.get(id);
    return c ? db().territories.get(c.territoryId) : undefined;
  }, [id]).data;
  const flux =
    useLiveQuery(
      () =>
        db()
          .flux.where('companyId')
          .equals(id)
          .filter((f) => !f.deleted)
          .toArray(),
      [id],
    ).data ?? [];
  const visits = useLiveQuery(() => listVisits(id), [id]).data ?? [];

  if (company.loading) return <p class="loading">Chargement…</p>;
  if (!company.data || company.data.deleted) {
    return (
      <EmptyState title="Entreprise introuvable">
        <a href="#/entreprises">Retour à la liste</a>
      </EmptyState>
    );
  }
  const c = CompanySchema.parse(company.data);

  const remove = async () => {
    // Its follow-ups outlive it: say how many, and at which stage, before it goes. Loaded on the
    // tap: the follow-up schema stays out of the app shell's first download.
    const [{ followupsOfCompany }, { deletionWarning }] = await Promise.all([
      import('../../db/company-followups'),
      import('./deletion-warning'),
    ]);
    if (!confirm(deletionWarning(c.name, flux.length, await followupsOfCompany(c)))) return;
    await deleteCompany(c.id);
    navigate('/entreprises');
    showToast(`${c.name} supprimée`, { action: { label: 'Annuler', run: () => restoreCompany(c.id) } });
  };

  return (
    <div class="page">
      <header class="page-header">
        <div>
          <h1>{c.name}</h1>
          <p class="muted">
            {territory?.name ?? c.territoryId}
            {c.zone && ` · ${c.zone}`}
          </p>
        </div>
        <div class="actions">
          <a class="btn btn-primary" href={`#/entreprises/${c.id}/visite`}>
            {visits.length > 0 ? 'Reprendre la visite' : 'Démarrer la visite'}
          </a>
          <a class="btn" href={`#/entreprises/${c.id}/modifier`}>
            Modifier
          </a>
          <a class="btn" href={`#/carte?entreprise=${encodeURIComponent(c.id)}`}>
            Carte
          </a>
          <button type="button" class="btn btn-danger" onClick={remove}>
            Supprimer
          </button>
        </div>
      </header>
      <dl class="details">
        <dt>SIRET</dt>
        <dd>{c.siret || '—'}</dd>
        <dt>Code NAF</dt>
        <dd>{c.naf || '—'}</dd>
        <dt>Effectif</dt>
        <dd>{c.headcount ? HEADCOUNT_LABELS[c.headcount] : '—'}</dd>
        <dt>Adresse</dt>
        <dd>{c.address || '—'}</dd>
        <dt>Position</dt>
        <dd>
          {c.location ? (
            `${c.location.lat.toFixed(4).replace('.', ',')} ; ${c.location.lon.toFixed(4).replace('.', ',')}`
          ) : (
            <PlacementNotice company={c} />
          )}
        </dd>
        <dt>Contact</dt>
        <dd>{[c.contact.name, c.contact.role, c.contact.email, c.contact.phone].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>Consentement</dt>
        <dd>
          {c.consent
            ? `Partage accepté au sein du programme${c.consentDate ? ` (le ${new Date(c.consentDate).toLocaleDateString('fr-FR')})` : ''}`
            : 'Non recueilli'}
        </dd>
      </dl>
      <section>
        <h2>Flux enregistrés</h2>
        <ul class="family-counts">
          {FAMILIES.map((f) => {
            const ofFamily = flux.filter((x) => x.family === f);
            return (
              <li key={f}>
                <a href={`#/entreprises/${c.id}/visite/${f}`}>
                  {FAMILY_LABELS[f]} : {ofFamily.filter((x) => x.direction === 'need').length} besoin(s),{' '}
                  {ofFamily.filter((x) => x.direction === 'offer').length} offre(s)
                </a>
              </li>
            );
          })}
        </ul>
        <a href={`#/entreprises/${c.id}/visite/resume`}>Voir le résumé de visite</a>
      </section>
      <section>
        <h2>Visites</h2>
        {visits.length === 0 ? (
          <p class="muted">Aucune visite.</p>
        ) : (
          <ul>
            {visits.map((v) => (
              <li key={v.id}>
                {new Date(v.date).toLocaleDateString('fr-FR')} {v.advisor && `— ${v.advisor}`}{' '}
                {v.status === 'done' ? '(terminée)' : '(en cours)'}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>Synergies</h2>
        <CompanySynergies companyId={c.id} />
      </section>
    </div>
  );
}

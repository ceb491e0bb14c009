// The synergies one company takes part in, best first (shown on the company's page), as a list or,
// in the « Carte » tab, on a map of the company and its partners (loaded only when chosen).
import { companySynergies } from '../../matching/store';
import { lazyComponent } from '../components/lazy';
import { MapTabs } from '../map/MapTabs';
import { SynergyCard } from './SynergyCard';
import { useHeldSynergies } from './use-held-synergies';
import './synergies.css';

const CompanyMap = lazyComponent(() => import('../map/CompanyMap').then((m) => m.CompanyMap));

export function CompanySynergies({ companyId }: { companyId: string }) {
  return (
    <MapTabs
      label="Synergies de l’entreprise : liste ou carte"
      firstLabel="Liste"
      first={<SynergyList companyId={companyId} />}
      map={() => <CompanyMap companyId={companyId} />}
    />
  );
}

function SynergyList({ companyId }: { companyId: string }) {
  const result = useHeldSynergies(() => companySynergies(companyId), [companyId]);
  if (result.error)
    return (
      <p class="syn-error" role="alert">
        Synergies indisponibles : {result.error.message}
      </p>
    );
  if (result.loading) return <p class="loading">Chargement…</p>;
  const synergies = result.data ?? [];
  if (synergies.length === 0) {
    return (
      <p class="muted">
        Aucune synergie pour cette entreprise. Enregistrez ses besoins et ce qu’elle a à donner : les rapprochements avec les entreprises
        voisines s’afficheront ici.
      </p>
    );
  }
  return (
    <ul class="syn-list" aria-label="Synergies de l’entreprise">
      {synergies.map((s) => (
        <SynergyCard key={s.id} synergy={s} />
      ))}
    </ul>
  );
}

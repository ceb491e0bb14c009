// The synergies one company takes part in, best first (shown on the company's page).
import { companySynergies } from '../../matching/store';
import { SynergyCard } from './SynergyCard';
import { useHeldSynergies } from './use-held-synergies';
import './synergies.css';

export function CompanySynergies({ companyId }: { companyId: string }) {
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

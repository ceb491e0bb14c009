// The synergies one company takes part in, best first (shown on the company's page).
import { db } from '../../db/database';
import { useLiveQuery } from '../hooks/use-live-query';
import { SynergyCard } from './SynergyCard';
import './synergies.css';

export function CompanySynergies({ companyId }: { companyId: string }) {
  const result = useLiveQuery(
    () => db().synergies.where('companyIds').equals(companyId).toArray(),
    [companyId],
  );
  if (result.loading) return <p class="loading">Chargement…</p>;
  const synergies = [...(result.data ?? [])].sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm);
  if (synergies.length === 0) {
    return (
      <p class="muted">
        Aucune synergie pour cette entreprise. Enregistrez ses besoins et ce qu’elle a à donner : les rapprochements avec les
        entreprises voisines s’afficheront ici.
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

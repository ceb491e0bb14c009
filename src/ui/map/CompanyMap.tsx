// The « Carte » tab of a company's page: the company, the partners of its synergies and their lines
// (lean lines from the matching worker, like the « Carte » page).
import { unpackLines } from '../../domain/map/map-lines';
import { queryMapLines } from '../../matching/store';
import { MAX_QUERY_LIMIT } from '../../matching/protocol';
import { useHeldSynergies } from '../synergies/use-held-synergies';
import { FocusMap } from './FocusMap';

export function CompanyMap({ companyId }: { companyId: string }) {
  const lines = useHeldSynergies(async () => unpackLines(await queryMapLines({ companyId }, MAX_QUERY_LIMIT)), [companyId]);
  if (lines.error) return <p class="form-error">Synergies indisponibles : {lines.error.message}</p>;
  if (!lines.data) return <p class="loading">Chargement de la carte…</p>;
  return (
    <FocusMap
      lines={lines.data}
      companyId={companyId}
      label="Carte de l’entreprise et de ses partenaires"
      listHint="l’onglet « Liste » donne ses synergies"
    />
  );
}

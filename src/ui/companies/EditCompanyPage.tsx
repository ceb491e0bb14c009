// Editing a company: saved automatically as soon as the form is valid; errors shown per field.
import { CompanySchema, type Company } from '../../domain';
import { db, updateCompany } from '../../db';
import { fileEditInPark } from '../../db/parks-reconcile';
import { SaveIndicator } from '../autosave/save-status';
import { useAutosave } from '../autosave/use-autosave';
import { EmptyState } from '../components/empty-state';
import { useLiveQuery } from '../hooks/use-live-query';
import { CompanyForm } from './CompanyForm';
import { fromFormState, toFormState, validateCompanyForm, type CompanyFormState } from './company-form-state';

function EditForm({ company }: { company: Company }) {
  const autosave = useAutosave<CompanyFormState>({
    table: 'companies',
    id: company.id,
    slot: 'form',
    stored: toFormState(company),
    toPatch: (form, base) => {
      const input = fromFormState(form) as Record<string, unknown>;
      CompanySchema.parse({ ...input, id: company.id, createdAt: 0, updatedAt: 0 });
      const before = fromFormState(base) as Record<string, unknown>;
      // Only what the user changed: the rest may have been updated by a sync meanwhile.
      const patch = Object.fromEntries(Object.entries(input).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
      // The zone's name and its park id are one choice: they always travel together.
      if ('zone' in patch || 'parkId' in patch) Object.assign(patch, { zone: input.zone, parkId: input.parkId ?? '' });
      return patch;
    },
    fromPatch: (patch) => toFormState(CompanySchema.parse({ ...company, ...patch })),
    save: async (patch) => updateCompany(company.id, await fileEditInPark(company.id, patch)),
    delayMs: 600,
  });
  const errors = validateCompanyForm(autosave.value);
  return (
    <div class="page">
      <header class="page-header">
        <h1>Modifier {company.name}</h1>
        <SaveIndicator />
      </header>
      <CompanyForm value={autosave.value} errors={errors} onChange={autosave.change} onBlur={() => void autosave.flush()} />
      {Object.keys(errors).length > 0 && (
        <p class="form-error" role="alert">
          Modifications non enregistrées tant que les champs signalés ne sont pas corrigés (elles restent conservées sur l’appareil).
        </p>
      )}
      <div class="actions">
        <a class="btn btn-primary" href={`#/entreprises/${company.id}`}>
          Terminé
        </a>
      </div>
    </div>
  );
}

export function EditCompanyPage({ id }: { id: string }) {
  const { data, loading } = useLiveQuery(() => db().companies.get(id), [id]);
  if (loading) return <p class="loading">Chargement…</p>;
  if (!data || data.deleted) return <EmptyState title="Entreprise introuvable" />;
  return <EditForm company={CompanySchema.parse(data)} />;
}

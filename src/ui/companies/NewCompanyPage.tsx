// Creating a company. The form is kept as typed (localStorage) until it is created, so a closed
// tab or a crash loses nothing.
import { useEffect, useState } from 'preact/hooks';
import { scratch } from '../../db/draft-journal';
import { createCompany } from '../../db/companies';
import { fileInPark } from '../../db/parks-reconcile';
import { errorMessage } from '../autosave/use-autosave';
import { navigate } from '../router';
import { useSession } from '../sync/use-sync';
import { CompanyForm } from './CompanyForm';
import { defaultTerritory } from './territory-choices';
import { emptyCompanyForm, fromFormState, validateCompanyForm, type CompanyFormState } from './company-form-state';
import { FormError } from '../components/form-error';

const SCRATCH = 'new-company';

export function NewCompanyPage() {
  const [form, setForm] = useState<CompanyFormState>(() => scratch.read<CompanyFormState>(SCRATCH) ?? emptyCompanyForm());
  const [submitted, setSubmitted] = useState(false);
  /** Why the company could not be stored (storage failure); field errors are derived below. */
  const [error, setError] = useState<string | undefined>();
  const errors = submitted ? validateCompanyForm(form) : {};
  // Follows the fields: gone as soon as the last flagged field is fixed.
  const message = Object.keys(errors).length > 0 ? 'Corrigez les champs signalés.' : error;
  const session = useSession();
  useEffect(() => {
    const territoryId = defaultTerritory(session);
    if (territoryId && form.territoryId === '') setForm((f) => ({ ...f, territoryId }));
  }, [session]);

  const change = (next: CompanyFormState) => {
    setForm(next);
    scratch.write(SCRATCH, next);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    setError(undefined);
    if (Object.keys(validateCompanyForm(form)).length > 0) {
      // Take the user to the first field to fix (after the errors render).
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    try {
      const company = await createCompany(await fileInPark(fromFormState(form)));
      scratch.clear(SCRATCH);
      navigate(`/entreprises/${company.id}/visite`);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const reset = () => {
    if (!confirm('Effacer le formulaire ?')) return;
    scratch.clear(SCRATCH);
    setForm(emptyCompanyForm());
    setSubmitted(false);
  };

  return (
    <form class="page" onSubmit={submit} noValidate>
      <header class="page-header">
        <h1>Nouvelle entreprise</h1>
      </header>
      <CompanyForm value={form} errors={errors} onChange={change} />
      <FormError message={message} />
      <div class="actions sticky-actions">
        <button type="button" class="btn" onClick={reset}>
          Effacer
        </button>
        <a class="btn" href="#/entreprises">
          Annuler
        </a>
        <button type="submit" class="btn btn-primary">
          Créer et démarrer la visite
        </button>
      </div>
    </form>
  );
}

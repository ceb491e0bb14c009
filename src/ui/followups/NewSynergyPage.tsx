// « Nouvelle synergie »: a lead the matcher did not propose (heard at a workshop, known from the
// field) — companies, resources, kind and a description — opened as a follow-up of origin manual.
import { useState } from 'preact/hooks';
import { FAMILY_LABELS, SYNERGY_KINDS, SYNERGY_KIND_LABELS, findResource, type Company, type SynergyKind } from '../../domain';
import { createManualSynergy, currentActor } from '../../db/followups';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';
import { navigate } from '../router';
import { searchCompanies, searchResources } from './pickers';
import { SearchPicker } from './SearchPicker';
import { FormError } from '../components/form-error';

type Errors = Partial<Record<'companies' | 'resources' | 'text' | 'form', string>>;

export function NewSynergyPage() {
  const [companies, setCompanies] = useState<Company[]>([]);
  const [codes, setCodes] = useState<string[]>([]);
  const [kind, setKind] = useState<SynergyKind>('substitution');
  const [text, setText] = useState('');
  const [companyText, setCompanyText] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const chosenIds = companies.map((c) => c.id);
  const companyResults = useLiveQuery(() => searchCompanies(companyText, chosenIds), [companyText, chosenIds.join(',')]).data ?? [];

  async function submit(event: Event) {
    event.preventDefault();
    const found: Errors = {};
    if (companies.length < 2) found.companies = 'Choisissez au moins deux entreprises';
    if (codes.length === 0) found.resources = 'Choisissez au moins une ressource';
    if (!text.trim()) found.text = 'Décrivez la synergie en une phrase';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const family = findResource(codes[0]!)!.family;
      const followup = await createManualSynergy(
        { kind, family, resourceCodes: codes, companyIds: chosenIds, text: text.trim() },
        await currentActor(),
      );
      showToast('Synergie enregistrée : elle suit le même pipeline que les autres');
      navigate(`/suivi/${followup.id}`);
    } catch (e) {
      setErrors({ form: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="page fu-new" onSubmit={submit} noValidate>
      <header class="page-header">
        <h1>Nouvelle synergie</h1>
        <a class="btn btn-light" href="#/suivi">
          Annuler
        </a>
      </header>
      <p class="muted">Une piste que le calcul n’a pas proposée (repérée en atelier, connue du terrain) : elle suivra le même pipeline.</p>
      <fieldset>
        <legend>Nature</legend>
        <div class="fu-reasons">
          {SYNERGY_KINDS.map((k) => (
            <label key={k} class={`fu-reason${kind === k ? ' on' : ''}`}>
              <input type="radio" name="fu-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {SYNERGY_KIND_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <SearchPicker
        id="fu-new-companies"
        label="Entreprises *"
        placeholder="Rechercher une entreprise par son nom"
        chosen={companies.map((c) => ({ id: c.id, label: c.name }))}
        results={() => companyResults.map((c) => ({ id: c.id, label: c.name }))}
        onText={setCompanyText}
        onPick={(item) => setCompanies([...companies, companyResults.find((c) => c.id === item.id)!])}
        onRemove={(id) => setCompanies(companies.filter((c) => c.id !== id))}
        error={errors.companies}
      />
      <SearchPicker
        id="fu-new-resources"
        label="Ressources *"
        placeholder="Palettes, chaleur, formation SST…"
        chosen={codes.map((c) => ({ id: c, label: findResource(c)?.label ?? c }))}
        results={(t) => searchResources(t, codes).map((r) => ({ id: r.code, label: r.label, hint: FAMILY_LABELS[r.family] }))}
        onPick={(item) => setCodes([...codes, item.id])}
        onRemove={(code) => setCodes(codes.filter((c) => c !== code))}
        error={errors.resources}
      />
      <div class={`field${errors.text ? ' field-invalid' : ''}`}>
        <label for="fu-new-text">Description *</label>
        <textarea
          id="fu-new-text"
          rows={3}
          maxLength={2000}
          placeholder="La menuiserie donnerait ses chutes de bois à la chaufferie voisine…"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <FormError message={errors.text} field />
      </div>
      <FormError message={errors.form} />
      <div class="actions sticky-actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Enregistrer la synergie
        </button>
      </div>
    </form>
  );
}

// Turns an « Autre » flux into a vocabulary entry in one step (no retyping): the entries its label
// suggests first, then every entry that fits its direction. Matching then reads the entry's rules.
import { useState } from 'preact/hooks';
import { updateFlux } from '../../db/flux';
import { TAXONOMY, reclassifyPatch, type Flux, type ResourceType } from '../../domain';
import { searchResources } from '../../domain/resource-search';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';

export function ReclassifyOther({ flux }: { flux: Flux }) {
  const suggested = searchResources(flux.label, { direction: flux.direction, limit: 5 });
  const others = TAXONOMY.filter((r) => !r.isOther && r.directions.includes(flux.direction) && !suggested.includes(r)).sort((a, b) =>
    a.label.localeCompare(b.label, 'fr'),
  );
  const [code, setCode] = useState(suggested[0]?.code ?? '');
  const id = `reclassify-${flux.id}`;
  const convert = async (e: Event) => {
    e.preventDefault();
    const entry = TAXONOMY.find((r) => r.code === code);
    if (!entry) return;
    try {
      await updateFlux(flux.id, reclassifyPatch(flux, entry));
      showToast(`« ${flux.label || 'Autre'} » classé dans « ${entry.label} ».`);
    } catch (err) {
      showToast(errorMessage(err), { kind: 'error' });
    }
  };
  const option = (r: ResourceType) => (
    <option key={r.code} value={r.code}>
      {r.label}
    </option>
  );
  return (
    <form class="row reclassify" onSubmit={convert}>
      <label for={id}>Classer dans le vocabulaire</label>
      <select id={id} value={code} onChange={(e) => setCode(e.currentTarget.value)}>
        <option value="">Choisir une entrée…</option>
        {suggested.length > 0 && <optgroup label="Suggérées d’après l’intitulé">{suggested.map(option)}</optgroup>}
        <optgroup label="Toutes les entrées">{others.map(option)}</optgroup>
      </select>
      <button type="submit" class="btn btn-light" disabled={code === ''}>
        Convertir
      </button>
    </form>
  );
}

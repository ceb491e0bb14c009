// The LER code of a waste flux: the one its entry gives, or one the advisor picks among the official
// labels (type words or digits). Hazard follows from the code; a waste without one is flagged.
import { useState } from 'preact/hooks';
import { updateFlux } from '../../db/flux';
import type { Flux } from '../../domain';
import { UNKNOWN_WASTE_CODE_NOTICE, fluxWasteCode, fluxWasteHazard } from '../../domain/ler';
import { findLer, lerDisplay, type LerEntry } from '../../domain/ler/catalogue';
import { searchLer } from '../../domain/search/ler-search';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';

const HAZARD_TEXT: Record<LerEntry['hazardKind'], (e: LerEntry) => string> = {
  absolute: () => 'déchet dangereux',
  mirror: (e) => (e.hazardous ? 'déchet dangereux (entrée miroir : ' : 'non dangereux (entrée miroir : ') + `voir ${e.mirrors.join(', ')})`,
  none: () => 'non dangereux',
};

export function LerCodeField({ flux }: { flux: Flux }) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const code = fluxWasteCode(flux);
  const entry = code ? findLer(code) : undefined;
  const unknown = fluxWasteHazard(flux) === 'unknown';
  const id = `flux-${flux.id}-wasteCode`;
  const results = open ? searchLer(text, 8) : [];

  const choose = async (wasteCode: string | undefined) => {
    try {
      await updateFlux(flux.id, { wasteCode: wasteCode ?? '' });
      setText('');
      setOpen(false);
    } catch (e) {
      showToast(errorMessage(e), { kind: 'error' });
    }
  };

  return (
    <div class="ler-field">
      <p class="ler-current" data-testid={`ler-${flux.id}`}>
        Code déchet (LER) :{' '}
        {entry ? (
          <>
            <strong>{lerDisplay(entry)}</strong> <small class="muted">— {HAZARD_TEXT[entry.hazardKind](entry)}</small>
          </>
        ) : (
          <span class="badge badge-warning">{UNKNOWN_WASTE_CODE_NOTICE}</span>
        )}
        {unknown && <small class="muted"> — proposé seulement aux entreprises autorisées à recevoir des déchets dangereux</small>}
      </p>
      {flux.wasteCode && (
        <button type="button" class="btn btn-light" onClick={() => void choose(undefined)}>
          Revenir au code de l’entrée
        </button>
      )}
      <label for={id}>{entry ? 'Préciser le code déchet' : 'Choisir le code déchet'}</label>
      <input
        id={id}
        type="search"
        autocomplete="off"
        placeholder="mots du libellé ou chiffres (ex. 15 01 10)"
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
        }}
      />
      {open && text.trim() !== '' && (
        <ul class="ler-results" aria-label="Codes déchets de la liste officielle">
          {results.length === 0 && <li class="muted">Aucun code de la liste ne correspond.</li>}
          {results.map((e) => (
            <li key={e.code}>
              <button type="button" class="ler-option" onClick={() => void choose(e.code)}>
                {lerDisplay(e)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

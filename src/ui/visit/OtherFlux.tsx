// Free "other" entries of a family, for what the taxonomy does not list.
import { useState } from 'preact/hooks';
import { addFlux } from '../../db/flux';
import { DIRECTION_LABELS, DIRECTIONS, type Direction, type Flux, type ResourceType } from '../../domain';
import { UNKNOWN_WASTE_CODE_NOTICE, fluxWasteHazard } from '../../domain/ler';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { FluxDetails } from './FluxDetails';
import { ReclassifyOther } from './ReclassifyOther';
import { switchOff } from './flux-actions';
import { defaultPeriod, quantityText } from './flux-defaults';

function OtherItem({ flux }: { flux: Flux }) {
  const [open, setOpen] = useState(flux.label === '');
  const title = flux.label || 'Sans intitulé';
  return (
    <li class="resource-row recorded">
      <div class="resource-head">
        <span class="resource-label">
          {title} <small class="muted">· {DIRECTION_LABELS[flux.direction]}</small>
          {flux.direction === 'offer' && fluxWasteHazard(flux) === 'unknown' && (
            <span class="badge badge-warning">{UNKNOWN_WASTE_CODE_NOTICE}</span>
          )}
          {quantityText(flux) && <span class="flux-quantity"> {quantityText(flux)}</span>}
        </span>
        <span class="toggles">
          <button type="button" class="btn-icon" aria-expanded={open} aria-label={`Détails : ${title}`} onClick={() => setOpen(!open)}>
            {open ? '▴' : '▾'}
          </button>
          <button type="button" class="btn btn-light" onClick={() => void switchOff(flux, title)}>
            Retirer
          </button>
        </span>
      </div>
      {open && (
        <div class="resource-details">
          <FluxDetails flux={flux} />
          <ReclassifyOther flux={flux} />
        </div>
      )}
    </li>
  );
}

interface Props {
  other: ResourceType;
  companyId: string;
  visitId?: string;
  flux: Flux[];
  /** Words the section's filter found no entry for. */
  suggestedLabel?: string;
  /** Official waste labels that take those words: one tap records the flux with its code. */
  officialLabels?: readonly { label: string; wasteCode: string }[];
}

export function OtherFlux(props: Props) {
  const [typed, setLabel] = useState<string | undefined>();
  // What was typed in the section's filter and matched nothing is the label, until edited.
  const label = typed ?? props.suggestedLabel ?? '';
  const [direction, setDirection] = useState<Direction>('need');
  const record = async (text: string, wasteCode?: string) => {
    if (text.trim().length < 2) {
      showToast('Donnez un intitulé (2 caractères au moins).', { kind: 'error' });
      return;
    }
    try {
      await addFlux(props.companyId, props.other.code, direction, {
        label: text.trim(),
        visitId: props.visitId,
        period: defaultPeriod(props.other),
        ...(wasteCode ? { wasteCode } : {}),
      });
      setLabel('');
    } catch (err) {
      showToast(errorMessage(err), { kind: 'error' });
    }
  };
  const add = (e: Event) => {
    e.preventDefault();
    void record(label);
  };
  const id = `other-${props.other.code}`;
  return (
    <section class="other-flux" aria-label="Autres flux">
      <h3>Autre</h3>
      <ul class="resource-list">
        {props.flux.map((f) => (
          <OtherItem key={f.id} flux={f} />
        ))}
      </ul>
      <form class="row other-form" onSubmit={add}>
        <label class="sr-only" for={id}>
          Intitulé d’un autre flux
        </label>
        <input id={id} placeholder="Autre flux (intitulé)" value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
        <select aria-label="Sens" value={direction} onChange={(e) => setDirection(e.currentTarget.value as Direction)}>
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {DIRECTION_LABELS[d]}
            </option>
          ))}
        </select>
        <button type="submit" class="btn">
          Ajouter
        </button>
      </form>
      {label && props.officialLabels && props.officialLabels.length > 0 && (
        <ul class="resource-list" aria-label="Libellés officiels de déchets proches">
          {props.officialLabels.map((o) => (
            <li key={o.wasteCode}>
              <button type="button" class="ler-option" onClick={() => void record(o.label, o.wasteCode)}>
                Ajouter « {o.label} » <small class="muted">· code déchet {o.wasteCode}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

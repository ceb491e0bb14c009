// One resource of the taxonomy in the questionnaire: "we need it" / "we have it to give" toggles,
// each expandable to the flux details.
import { useState } from 'preact/hooks';
import { DIRECTION_LABELS, MUTUALISATION_LABELS, isWaste, type Direction, type Flux, type ResourceType } from '../../domain';
import { errorMessage } from '../autosave/use-autosave';
import { saveStatus } from '../autosave/save-status';
import { showToast } from '../components/toasts';
import { FluxDetails } from './FluxDetails';
import { switchOff, switchOn } from './flux-actions';
import { quantityText } from './flux-defaults';

const TOGGLE_LABELS: Record<Direction, string> = { need: 'Besoin', offer: 'À donner' };
/** A recycler, a composting platform or a methaniser takes a waste in rather than "needs" it (and is announced so). */
const WASTE_TOGGLE_LABELS: Record<Direction, string> = { need: 'Accepte en entrée', offer: 'À donner' };

export function ResourceRow(props: { resource: ResourceType; companyId: string; visitId?: string; flux: Flux[] }) {
  const { resource } = props;
  const labels = isWaste(resource) ? WASTE_TOGGLE_LABELS : TOGGLE_LABELS;
  const [open, setOpen] = useState<Direction | undefined>();
  const byDirection = (d: Direction) => props.flux.find((f) => f.direction === d);

  const toggle = async (direction: Direction) => {
    const existing = byDirection(direction);
    saveStatus.started();
    try {
      if (existing) {
        await switchOff(existing, resource.label);
        if (open === direction) setOpen(undefined);
      } else {
        await switchOn(props.companyId, resource.code, direction, props.visitId);
      }
      saveStatus.succeeded();
    } catch (e) {
      saveStatus.failed(errorMessage(e));
      showToast(`Non enregistré : ${errorMessage(e)}`, { kind: 'error' });
    }
  };

  return (
    <li class={`resource-row${props.flux.length > 0 ? ' recorded' : ''}`} data-resource={resource.code}>
      <div class="resource-head">
        <span class="resource-label">
          {resource.label}
          {resource.mutualisation && <small class="muted"> · {MUTUALISATION_LABELS[resource.mutualisation]}</small>}
        </span>
        <span class="toggles">
          {resource.directions.map((d) => {
            const on = byDirection(d) !== undefined;
            return (
              <span key={d} class="toggle-group">
                <button
                  type="button"
                  class={`toggle toggle-${d}${on ? ' on' : ''}`}
                  aria-pressed={on}
                  aria-label={`${resource.label} : ${d === 'need' ? labels.need : DIRECTION_LABELS[d]}`}
                  onClick={() => void toggle(d)}
                >
                  {on ? '✓ ' : ''}
                  {labels[d]}
                </button>
                {on && quantityText(byDirection(d)!) && (
                  <span class={`flux-quantity flux-quantity-${d}`} data-testid={`quantity-${resource.code}-${d}`}>
                    {quantityText(byDirection(d)!)}
                  </span>
                )}
                {on && (
                  <button
                    type="button"
                    class="btn-icon"
                    aria-expanded={open === d}
                    aria-label={`Détails ${labels[d].toLowerCase()} : ${resource.label}`}
                    onClick={() => setOpen(open === d ? undefined : d)}
                  >
                    {open === d ? '▴' : '▾'}
                  </button>
                )}
              </span>
            );
          })}
        </span>
      </div>
      {open && byDirection(open) && (
        <div class="resource-details">
          <p class="details-title">{DIRECTION_LABELS[open]}</p>
          <FluxDetails flux={byDirection(open)!} />
        </div>
      )}
    </li>
  );
}

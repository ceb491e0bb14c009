// What a company has said so far (its live flux), newest first, each removable with undo and
// each can be made confidential (it leaves every wall at once) or shareable again.
import { FluxSchema, findResource, formatQuantity, type Flux } from '../../domain';
import { UNKNOWN_WASTE_CODE_NOTICE, fluxWasteHazard } from '../../domain/ler';
import { db } from '../../db/database';
import { removeFlux, restoreFlux, updateFlux } from '../../db/flux';
import { validateRows } from '../../db/validated-read';
import { useEffect, useRef } from 'preact/hooks';
import { dismissToast, showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';

/** A free « Autre » card shows its words, not « Autre (matières) ». */
const fluxTitle = (f: Flux) =>
  findResource(f.resourceCode)?.isOther && f.label ? f.label : (findResource(f.resourceCode)?.label ?? f.resourceCode);

export function CapturedList({ companyId }: { companyId: string }) {
  // « Annuler » belongs to this list: leaving the screen takes the toast away with it.
  const undo = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      if (undo.current !== undefined) dismissToast(undo.current);
    },
    [],
  );
  const flux =
    useLiveQuery(async () => {
      const raw = await db().flux.where('companyId').equals(companyId).toArray();
      return validateRows(
        FluxSchema,
        raw.filter((f) => !f.deleted),
      ).rows.sort((a, b) => b.createdAt - a.createdAt);
    }, [companyId]).data ?? [];
  if (flux.length === 0) return <p class="muted">Rien de noté pour cette entreprise.</p>;
  return (
    <ul class="ws-captured" aria-label="Déjà noté">
      {flux.map((f) => (
        <li key={f.id} class={`ws-captured-${f.direction}`}>
          <span class={`badge badge-${f.direction}`}>{f.direction === 'offer' ? 'Propose' : 'Recherche'}</span>
          <span>
            {fluxTitle(f)}
            {f.direction === 'offer' && fluxWasteHazard(f) === 'unknown' && (
              <span class="badge badge-warning"> {UNKNOWN_WASTE_CODE_NOTICE}</span>
            )}
            {f.quantity !== undefined && f.unit && <span class="muted"> · {formatQuantity(f.quantity, f.unit, f.period)}</span>}
          </span>
          <button
            type="button"
            class={`toggle ws-lock ws-confidential${f.confidential ? ' on' : ''}`}
            aria-pressed={f.confidential}
            aria-label={`Confidentiel : ${fluxTitle(f)}`}
            onClick={() => void updateFlux(f.id, { confidential: !f.confidential })}
          >
            Confidentiel
          </button>
          <button
            type="button"
            class="btn-icon"
            aria-label={`Retirer ${fluxTitle(f)}`}
            onClick={async () => {
              await removeFlux(f.id);
              if (undo.current !== undefined) dismissToast(undo.current);
              undo.current = showToast('Flux retiré.', { action: { label: 'Annuler', run: () => restoreFlux(f.id) } });
            }}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

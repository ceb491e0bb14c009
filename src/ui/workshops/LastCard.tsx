// The card just recorded, with its quantity still open: at a table the word often comes first and
// the figure after (« des palettes… une cinquantaine, ponctuellement »). Enter records the figure
// on that card; the next word goes on typing in the resource field as before. It is also the
// confirmation and its undo, in the page: nothing floats over the entry or « Entreprise suivante ».
import { useEffect, useState } from 'preact/hooks';
import { findResource, type Flux } from '../../domain';
import { updateFlux } from '../../db/flux';
import { GradePicker } from './GradePicker';
import { EMPTY_QUANTITY, parseQuantity, QuantityFields, type QuantityValue } from './QuantityFields';

interface Props {
  flux: Flux;
  onDone: () => void;
  onUndo: () => void;
}

export function LastCard({ flux, onDone, onUndo }: Props) {
  const resource = findResource(flux.resourceCode);
  const [value, setValue] = useState<QuantityValue>(EMPTY_QUANTITY);
  const [error, setError] = useState<string>();
  const [noted, setNoted] = useState(false);
  useEffect(() => {
    setValue({ text: flux.quantity !== undefined ? String(flux.quantity).replace('.', ',') : '', unit: '', period: flux.period ?? 'year' });
    setError(undefined);
    setNoted(false);
  }, [flux.id]);
  const label = flux.label || resource?.label || flux.resourceCode;
  const save = async () => {
    const q = parseQuantity(value.text);
    if (q === 'invalid' || q === undefined) return setError('Quantité invalide : un nombre positif.');
    const unit = value.unit || flux.unit || resource?.defaultUnit;
    await updateFlux(flux.id, { quantity: q, unit, period: value.period });
    setError(undefined);
    setNoted(true);
    onDone();
  };
  return (
    <div class="ws-last">
      <p class="ws-last-title" role="status">
        <span>
          Dernière carte : <strong>{label}</strong>
          {flux.confidential && <span class="ws-last-secret"> (confidentielle)</span>}
          {noted && <span class="muted"> · quantité notée</span>}
        </span>
        <button type="button" class="btn btn-light" onClick={onUndo}>
          Annuler
        </button>
      </p>
      <QuantityFields
        id="ws-last-quantity"
        label="Quantité de la dernière carte"
        value={value}
        onChange={setValue}
        resourceUnit={flux.unit ?? resource?.defaultUnit}
        onEnter={() => void save()}
      />
      <button type="button" class="btn" onClick={() => void save()}>
        Noter la quantité
      </button>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <GradePicker flux={flux} onDone={onDone} />
    </div>
  );
}

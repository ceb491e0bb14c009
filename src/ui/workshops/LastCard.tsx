// The card just recorded, with its quantity still open: at a table the word often comes first and
// the figure after (« des palettes… une cinquantaine, ponctuellement »). Enter records the figure
// on that card; the next word goes on typing in the resource field as before.
import { useEffect, useState } from 'preact/hooks';
import { findResource, type Flux } from '../../domain';
import { updateFlux } from '../../db/flux';
import { GradePicker } from './GradePicker';
import { EMPTY_QUANTITY, parseQuantity, QuantityFields, type QuantityValue } from './QuantityFields';

export function LastCard({ flux, onDone }: { flux: Flux; onDone: (message: string) => void }) {
  const resource = findResource(flux.resourceCode);
  const [value, setValue] = useState<QuantityValue>(EMPTY_QUANTITY);
  const [error, setError] = useState<string>();
  useEffect(() => {
    setValue({ text: flux.quantity !== undefined ? String(flux.quantity).replace('.', ',') : '', unit: '', period: flux.period ?? 'year' });
    setError(undefined);
  }, [flux.id]);
  const label = flux.label || resource?.label || flux.resourceCode;
  const save = async () => {
    const q = parseQuantity(value.text);
    if (q === 'invalid' || q === undefined) return setError('Quantité invalide : un nombre positif.');
    const unit = value.unit || flux.unit || resource?.defaultUnit;
    await updateFlux(flux.id, { quantity: q, unit, period: value.period });
    setError(undefined);
    onDone(`Quantité notée pour « ${label} ».`);
  };
  return (
    <div class="ws-last">
      <p class="ws-last-title">
        Dernière carte : <strong>{label}</strong>
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

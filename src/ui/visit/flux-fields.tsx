// One autosaved field of a flux (text, number, select, checkbox), each its own autosave slot so
// typing in one never overwrites another.
import type { ComponentChildren } from 'preact';
import { updateFlux } from '../../db/flux';
import type { Flux } from '../../domain';
import { useAutosave } from '../autosave/use-autosave';
import { Field } from '../components/field';
import { parseDecimal } from '../companies/company-form-state';

type FieldKind = 'text' | 'textarea' | 'number' | 'select' | 'checkbox';

interface Props {
  flux: Flux;
  field: keyof Flux & string;
  label: string;
  kind: FieldKind;
  options?: { value: string; label: string }[];
  hint?: string;
  children?: ComponentChildren;
}

function toText(v: unknown, kind: FieldKind): string | boolean {
  if (kind === 'checkbox') return Boolean(v);
  if (v === undefined || v === null) return '';
  return kind === 'number' ? String(v).replace('.', ',') : String(v);
}

export function FluxField({ flux, field, label, kind, options, hint }: Props) {
  const id = `flux-${flux.id}-${field}`;
  const autosave = useAutosave<string | boolean>({
    table: 'flux',
    id: flux.id,
    slot: field,
    stored: toText(flux[field], kind),
    toPatch: (value) => {
      if (kind === 'number') {
        const text = String(value).trim();
        if (text === '') return { [field]: undefined };
        const n = parseDecimal(text);
        if (Number.isNaN(n)) throw new Error(`${label} : nombre attendu (ex. 12,5)`);
        return { [field]: n };
      }
      if (kind === 'select' && value === '') return { [field]: undefined };
      return { [field]: value };
    },
    fromPatch: (patch) => toText(patch[field], kind),
    save: (patch) => updateFlux(flux.id, patch),
  });
  const common = {
    id,
    name: field,
    'aria-invalid': autosave.error ? ('true' as const) : undefined,
    'aria-describedby': autosave.error ? `${id}-error` : undefined,
    onBlur: () => void autosave.flush(),
  };
  if (kind === 'checkbox') {
    return (
      <label class="checkbox">
        <input type="checkbox" {...common} checked={autosave.value === true} onChange={(e) => autosave.change(e.currentTarget.checked)} />
        {label}
      </label>
    );
  }
  const value = String(autosave.value);
  return (
    <Field id={id} label={label} error={autosave.error} hint={hint}>
      {kind === 'textarea' ? (
        <textarea {...common} rows={3} value={value} onInput={(e) => autosave.change(e.currentTarget.value)} />
      ) : kind === 'select' ? (
        <select {...common} value={value} onChange={(e) => autosave.change(e.currentTarget.value)}>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          inputMode={kind === 'number' ? 'decimal' : undefined}
          value={value}
          onInput={(e) => autosave.change(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

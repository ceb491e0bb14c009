// A quantity as said at the table: a number, its unit and its period (« 50 palettes ponctuel »,
// « 3 t par mois »). Without a choice the resource's own unit and « par an » apply.
import { PERIOD_LABELS, PERIODS, UNIT_CODES, UNITS, type Period, type UnitCode } from '../../domain';

export interface QuantityValue {
  text: string;
  /** '' = the resource's own unit. */
  unit: UnitCode | '';
  period: Period;
}

export const EMPTY_QUANTITY: QuantityValue = { text: '', unit: '', period: 'year' };

/** The typed number: undefined when empty, 'invalid' when not a positive number. */
export function parseQuantity(text: string): number | undefined | 'invalid' {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : 'invalid';
}

interface Props {
  id: string;
  label: string;
  value: QuantityValue;
  onChange: (next: QuantityValue) => void;
  /** The unit of the resource in question, when known (named in the first choice). */
  resourceUnit?: UnitCode;
  onEnter?: () => void;
}

export function QuantityFields({ id, label, value, onChange, resourceUnit, onEnter }: Props) {
  return (
    <div class="ws-quantity-fields" role="group" aria-label={label}>
      <div class="field ws-quantity">
        <label for={id}>{label}</label>
        <input
          id={id}
          inputMode="decimal"
          value={value.text}
          onInput={(e) => onChange({ ...value, text: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && onEnter) {
              e.preventDefault();
              onEnter();
            }
          }}
        />
      </div>
      <div class="field ws-unit">
        <label for={`${id}-unit`}>Unité</label>
        <select id={`${id}-unit`} value={value.unit} onChange={(e) => onChange({ ...value, unit: e.currentTarget.value as UnitCode | '' })}>
          <option value="">{resourceUnit ? UNITS[resourceUnit].label : 'celle de la ressource'}</option>
          {UNIT_CODES.filter((u) => u !== resourceUnit).map((u) => (
            <option value={u}>{UNITS[u].label}</option>
          ))}
        </select>
      </div>
      <div class="field ws-period">
        <label for={`${id}-period`}>Période</label>
        <select id={`${id}-period`} value={value.period} onChange={(e) => onChange({ ...value, period: e.currentTarget.value as Period })}>
          {PERIODS.map((p) => (
            <option value={p}>{PERIOD_LABELS[p]}</option>
          ))}
        </select>
      </div>
    </div>
  );
}

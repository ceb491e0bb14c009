// Pick several items by typing: matches appear under the field as large buttons; chosen items
// show as chips that can be removed. Arrow keys are not needed: Tab reaches every button.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { FormError } from '../components/form-error';

export interface PickerItem {
  id: string;
  label: string;
  hint?: string;
}

export function SearchPicker(props: {
  id: string;
  label: ComponentChildren;
  placeholder: string;
  chosen: PickerItem[];
  results: (text: string) => PickerItem[];
  onPick: (item: PickerItem) => void;
  onRemove: (id: string) => void;
  onText?: (text: string) => void;
  error?: string;
}) {
  const [text, setText] = useState('');
  const found = text.trim() ? props.results(text) : [];
  return (
    <div class={`field fu-picker${props.error ? ' field-invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.chosen.length > 0 && (
        <ul class="fu-chips" aria-label="Choisis">
          {props.chosen.map((c) => (
            <li key={c.id} class="fu-chip">
              {c.label}
              <button type="button" class="btn-icon" aria-label={`Retirer ${c.label}`} onClick={() => props.onRemove(c.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={props.id}
        type="search"
        autoComplete="off"
        placeholder={props.placeholder}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          props.onText?.(e.currentTarget.value);
        }}
      />
      {text.trim() !== '' && (
        <ul class="fu-results" aria-label="Résultats">
          {found.length === 0 && <li class="muted">Aucun résultat</li>}
          {found.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                class="fu-result"
                onClick={() => {
                  props.onPick(item);
                  setText('');
                  props.onText?.('');
                }}
              >
                {item.label}
                {item.hint && <span class="muted"> · {item.hint}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError message={props.error} field />
    </div>
  );
}

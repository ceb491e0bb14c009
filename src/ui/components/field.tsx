// A labelled form control with its error message, accessible by label and described by the error.
import type { ComponentChildren } from 'preact';

let counter = 0;
export const fieldId = (name: string) => `f-${name}-${++counter}`;

export function Field(props: { id: string; label: string; error?: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class={`field${props.error ? ' field-invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && !props.error && <p class="field-hint">{props.hint}</p>}
      {props.error && (
        <p class="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

// The controls an account form shares between creating and editing: the role and the territories.
import type { Territory } from '../../domain/territory';
import { ROLE_LABELS, ROLES, type Role } from '../../domain/user';
import type { AccountError } from '../../sync/accounts-api';
import { Field } from '../components/field';
import { messageOf } from './messages';

export function RoleSelect(props: {
  id: string;
  value: Role;
  onChange: (role: Role) => void;
  error?: string;
  disabled?: boolean;
  hint?: string;
}) {
  return (
    <Field id={props.id} label="Rôle" error={props.error} hint={props.hint}>
      <select
        id={props.id}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** One checkbox per territory of the server; an admin sees every territory whatever is ticked. */
export function TerritoryChoices(props: {
  idPrefix: string;
  territories: Territory[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const toggle = (id: string, on: boolean) => props.onChange(on ? [...props.selected, id] : props.selected.filter((t) => t !== id));
  return (
    <fieldset
      class={`acc-territories${props.error ? ' field-invalid' : ''}`}
      aria-describedby={props.error ? `${props.idPrefix}-error` : undefined}
    >
      <legend>Territoires</legend>
      {props.territories.length === 0 && <p class="muted">Aucun territoire sur le serveur.</p>}
      {props.territories.map((t) => (
        <label key={t.id} class="checkbox acc-check">
          <input type="checkbox" checked={props.selected.includes(t.id)} onChange={(e) => toggle(t.id, e.currentTarget.checked)} />
          {t.name}
        </label>
      ))}
      {props.error && (
        <p class="field-error" id={`${props.idPrefix}-error`} role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

/** Where a failure belongs: next to its field when the server or the local check named one. */
export function errorFor(error: AccountError | undefined, field: string): string | undefined {
  return error?.field === field ? messageOf(error) : undefined;
}

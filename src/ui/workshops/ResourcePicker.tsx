// Type a word, see taxonomy entries (synonyms, accents ignored), pick with the arrows and Enter or
// a tap. Enter with nothing highlighted takes the first suggestion: one word + Enter = one flux.
import { useState } from 'preact/hooks';
import type { ResourceType } from '../../domain';
import { searchResources } from '../../domain/resource-search';

interface Props {
  id: string;
  onPick: (resource: ResourceType) => void;
  /** Focus returns here after each pick, so the next card can be typed at once. */
  inputRef?: { current: HTMLInputElement | null };
}

export function ResourcePicker({ id, onPick, inputRef }: Props) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const suggestions = searchResources(text);
  const pick = (r: ResourceType | undefined) => {
    if (!r) return;
    onPick(r);
    setText('');
    setActive(0);
  };
  const listId = `${id}-list`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, suggestions.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(suggestions[active] ?? suggestions[0]);
    } else if (e.key === 'Escape') {
      setText('');
    }
  };
  return (
    <div class="ws-picker">
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={suggestions.length > 0}
        aria-controls={listId}
        aria-activedescendant={suggestions.length > 0 ? `${listId}-${active}` : undefined}
        placeholder="palettes, carton, chaleur, SST…"
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {text.trim() !== '' && (
        <ul id={listId} role="listbox" class="ws-suggestions" aria-label="Ressources proposées">
          {suggestions.length === 0 && <li class="muted">Aucune ressource ne correspond à « {text} ».</li>}
          {suggestions.map((r, i) => (
            <li
              key={r.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(r)}
            >
              {r.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

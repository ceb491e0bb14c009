// Type a word, see what fits the direction chosen (entries by label, synonym or abbreviation, then
// official LER labels), pick with the arrows and Enter or a tap. Enter with nothing highlighted takes
// the first suggestion: one word + Enter = one flux; when nothing fits, the words become an « Autre » card.
import { useMemo, useState } from 'preact/hooks';
import { FAMILY_LABELS, type Direction } from '../../domain';
import { suggestResources, type Suggestion } from '../../domain/resource-search';

interface Props {
  id: string;
  /** `typed`: the words as typed (« chutes inox »), kept so the grade they name is not lost. */
  onPick: (suggestion: Suggestion, typed: string) => void;
  /** Only what can be recorded in this direction is suggested. */
  direction?: Direction;
  /** Focus returns here after each pick, so the next card can be typed at once. */
  inputRef?: { current: HTMLInputElement | null };
}

const key = (s: Suggestion) => (s.kind === 'entry' ? s.resource.code : s.kind === 'ler' ? `ler-${s.wasteCode}` : 'free');

function SuggestionText({ s }: { s: Suggestion }) {
  if (s.kind === 'entry') return <>{s.resource.label}</>;
  if (s.kind === 'ler') {
    return (
      <>
        {s.label} <small class="muted">· code déchet {s.wasteCode}</small>
      </>
    );
  }
  return (
    <>
      Autre : « {s.label} » <small class="muted">· carte libre ({FAMILY_LABELS[s.resource.family].toLowerCase()})</small>
    </>
  );
}

export function ResourcePicker({ id, onPick, direction, inputRef }: Props) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const suggestions = useMemo(() => suggestResources(text, { direction }), [text, direction]);
  const pick = (s: Suggestion | undefined) => {
    if (!s) return;
    onPick(s, text.trim());
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
          {suggestions.map((s, i) => (
            <li
              key={key(s)}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(s)}
            >
              <SuggestionText s={s} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

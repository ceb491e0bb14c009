// The business-park field of the company form: a typeahead over the territory's shared list
// (accents and case ignored), or the typed name proposed as a new park. Only whole choices are
// committed (a pick, a proposal, or leaving the field), so a half-typed name is never saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import { parkNameKey } from '../../domain';
import { ParkNameSchema } from '../../domain/park';
import { parkChoices, proposePark, type StoredPark } from '../../db/parks';
import { errorMessage } from '../autosave/use-autosave';
import { useLiveQuery } from '../hooks/use-live-query';
import './territories.css';

export interface ParkChoice {
  zone: string;
  parkId: string;
}

type Option = { kind: 'park'; park: StoredPark } | { kind: 'propose'; name: string };

/** Suggestions shown at once: enough for a territory's parks on a phone without scrolling far. */
const MAX_SUGGESTIONS = 8;

export interface ParkPickerProps extends ParkChoice {
  id: string;
  territoryId: string;
  /** The account proposing, recorded on a new park. */
  createdBy?: string;
  invalid?: boolean;
  onCommit: (choice: ParkChoice) => void;
  onBlur?: () => void;
}

/** Parks whose name contains the typed key: names starting with it first, then a word starting with it. */
function suggestions(parks: StoredPark[], key: string): StoredPark[] {
  if (key === '') return parks.slice(0, MAX_SUGGESTIONS);
  const rank = (p: StoredPark) => (p.nameKey.startsWith(key) ? 0 : p.nameKey.includes(` ${key}`) ? 1 : 2);
  return parks
    .filter((p) => p.nameKey.includes(key))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, MAX_SUGGESTIONS);
}

function hint(props: ParkPickerProps, parks: StoredPark[]): string {
  if (!props.territoryId) return 'Choisissez d’abord le territoire : chaque territoire a sa liste de zones.';
  const park = parks.find((p) => p.id === props.parkId);
  if (park?.status === 'proposed') return 'Zone proposée : en attente de confirmation par le référent du territoire.';
  if (!props.parkId && parkNameKey(props.zone) !== '') {
    return 'Zone absente de la liste du territoire : elle sera proposée au référent à la prochaine synchronisation.';
  }
  return 'Choisissez dans la liste du territoire (accents et majuscules ignorés) ou proposez une nouvelle zone.';
}

export function ParkPicker(props: ParkPickerProps) {
  const { id, territoryId } = props;
  const parks = useLiveQuery(() => (territoryId ? parkChoices(territoryId) : Promise.resolve([])), [territoryId]).data ?? [];
  const [text, setText] = useState(props.zone);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string>();
  const typing = useRef(false);
  // A sync (a merge, a rename) may change the zone: follow it unless the person is typing.
  useEffect(() => {
    if (!typing.current) setText(props.zone);
  }, [props.zone]);

  const key = parkNameKey(text);
  const exact = parks.find((p) => p.nameKey === key);
  const options: Option[] = suggestions(parks, key).map((park): Option => ({ kind: 'park', park }));
  if (!exact && ParkNameSchema.safeParse(text).success) options.push({ kind: 'propose', name: text.trim() });

  const commit = (choice: ParkChoice) => {
    typing.current = false;
    setText(choice.zone);
    setOpen(false);
    setActive(-1);
    setError(undefined);
    if (choice.zone !== props.zone || choice.parkId !== props.parkId) props.onCommit(choice);
  };

  const pick = async (option: Option) => {
    if (option.kind === 'park') return commit({ zone: option.park.name, parkId: option.park.id });
    try {
      const park = await proposePark(territoryId, option.name, props.createdBy);
      commit({ zone: park.name, parkId: park.id });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const leave = () => {
    setOpen(false);
    if (typing.current) {
      if (key === '') commit({ zone: '', parkId: '' });
      else if (exact) commit({ zone: exact.name, parkId: exact.id });
      // Not in the list: kept as typed; the next sync proposes it (or matches it, once known).
      else commit({ zone: text.trim(), parkId: '' });
    }
    props.onBlur?.();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(options.length - 1, a + step)));
    } else if (e.key === 'Enter' && open && active >= 0 && options[active]) {
      e.preventDefault();
      void pick(options[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      typing.current = false;
      setText(props.zone);
      setOpen(false);
    }
  };

  const listId = `${id}-parks`;
  const optionId = (i: number) => `${id}-park-${i}`;
  return (
    <div class="park-picker">
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0 ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={props.invalid ? 'true' : undefined}
        aria-describedby={`${id}-hint`}
        disabled={!territoryId}
        value={text}
        onFocus={() => setOpen(true)}
        onInput={(e) => {
          typing.current = true;
          setText(e.currentTarget.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={leave}
      />
      {open && options.length > 0 && (
        <ul id={listId} role="listbox" class="park-options" aria-label="Zones d’activités du territoire">
          {options.map((o, i) => (
            <li
              key={o.kind === 'park' ? o.park.id : 'propose'}
              id={optionId(i)}
              role="option"
              aria-selected={i === active ? 'true' : 'false'}
              class={`park-option${i === active ? ' active' : ''}${o.kind === 'propose' ? ' propose' : ''}`}
              // Keeps the focus in the field: the pick happens before any blur.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void pick(o)}
            >
              {o.kind === 'park' ? (
                <>
                  {o.park.name}
                  {o.park.status === 'proposed' && <span class="badge badge-offer">proposée</span>}
                </>
              ) : (
                `Proposer « ${o.name} » comme nouvelle zone`
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="field-hint" id={`${id}-hint`}>
        {hint(props, parks)}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

// Two tabs over one part of a page: what it already showed (a list, a summary) and « Carte », whose
// code and MapLibre load only when the tab is chosen. Arrow keys move between the tabs (WAI-ARIA).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface MapTabsProps {
  /** Name of the first tab (« Liste », « Synergie »). */
  firstLabel: string;
  first: ComponentChildren;
  /** Called only while « Carte » is chosen. */
  map: () => ComponentChildren;
  /** What the tabs are about, for screen readers. */
  label: string;
}

// A counter rather than preact's useId, which would weigh on the app shell's shared hooks chunk.
let made = 0;

export function MapTabs({ firstLabel, first, map, label }: MapTabsProps) {
  const [onMap, setOnMap] = useState(false);
  const [id] = useState(() => `map-tabs-${++made}`);
  const tab = (selected: boolean, name: string, choose: () => void, key: 'list' | 'map') => (
    <button
      type="button"
      role="tab"
      id={`${id}-${key}`}
      aria-selected={selected}
      aria-controls={`${id}-panel`}
      tabIndex={selected ? 0 : -1}
      class={`map-tab${selected ? ' is-selected' : ''}`}
      onClick={choose}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        const other = key === 'list' ? 'map' : 'list';
        setOnMap(other === 'map');
        document.getElementById(`${id}-${other}`)?.focus();
      }}
    >
      {name}
    </button>
  );
  return (
    <div class="map-tabs">
      <div role="tablist" aria-label={label}>
        {tab(!onMap, firstLabel, () => setOnMap(false), 'list')}
        {tab(onMap, 'Carte', () => setOnMap(true), 'map')}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${onMap ? 'map' : 'list'}`}>
        {onMap ? map() : first}
      </div>
    </div>
  );
}

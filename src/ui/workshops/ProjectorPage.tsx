// The projector: full screen, readable from the back of the room, on a 1280×720 projector as on a
// 1920×1080 wall. Live counters, the newest synergies (highlighted as they arrive), the room's
// picture by table, and the state of the link to the server. The room rule decides what shows.
import { companiesByIds } from '../../db/companies';
import { useEffect, useRef, useState } from 'preact/hooks';
import { lazyComponent } from '../components/lazy';
import { SYNERGY_KIND_LABELS } from '../../domain';
import { fluxOfCompanies, getWorkshop } from '../../db/workshops';
import { useLiveQuery } from '../hooks/use-live-query';
import { useResultsVersion } from '../hooks/use-results-version';
import { RoomGraph } from './RoomGraph';
import { roomView } from './room-view';
import { WallConnection } from './WallConnection';
import { synergiesOfCompanies } from './workshop-synergies';
import './projector.css';

// The map of the room (MapLibre) loads only when the animator switches to it.
const RoomMap = lazyComponent(() => import('../map/RoomMap').then((m) => m.RoomMap));

/** How long a newly detected synergy stays highlighted. */
const FRESH_MS = 12_000;
/** The newest first; the list's box cuts the oldest of them when a screen holds fewer. */
const SHOWN = 8;

function useRoom(id: string) {
  // Stored records wake the live query; the matcher's held synergies wake it through this.
  const results = useResultsVersion();
  return useLiveQuery(async () => {
    const workshop = await getWorkshop(id);
    if (!workshop) return undefined;
    const participants = await companiesByIds(workshop.companyIds);
    const flux = await fluxOfCompanies(workshop.companyIds);
    const synergies = await synergiesOfCompanies(workshop.companyIds);
    return { workshop, view: roomView(participants, flux, synergies, workshop) };
  }, [id, results]);
}

/** When each synergy was first seen by this screen: arrival order and highlight. */
function useArrivals(ids: readonly string[]) {
  const firstSeen = useRef(new Map<string, number>());
  const initial = useRef(true);
  const [, tick] = useState(0);
  const now = Date.now();
  for (const id of ids) {
    // Those present when the screen opened are not "new".
    if (!firstSeen.current.has(id)) firstSeen.current.set(id, initial.current ? 0 : now);
  }
  if (ids.length > 0) initial.current = false;
  useEffect(() => {
    const timer = setInterval(() => tick((t) => t + 1), 2000);
    return () => clearInterval(timer);
  }, []);
  const fresh = new Set(ids.filter((id) => now - (firstSeen.current.get(id) ?? 0) < FRESH_MS));
  return { fresh, seenAt: (id: string) => firstSeen.current.get(id) ?? 0 };
}

export function ProjectorPage({ id }: { id: string }) {
  const room = useRoom(id);
  const [onMap, setOnMap] = useState(false);
  const ids = room.data?.view.synergies.map((s) => s.id) ?? [];
  const { fresh, seenAt } = useArrivals(room.loading ? [] : ids);
  if (room.loading) return <p class="loading">Chargement…</p>;
  if (!room.data) return <p class="ws-projector-missing">Atelier introuvable sur cet appareil.</p>;
  const { workshop, view } = room.data;
  const newest = [...view.synergies].sort((a, b) => seenAt(b.id) - seenAt(a.id) || b.score - a.score).slice(0, SHOWN);
  const listed = new Set(newest.map((s) => s.id));
  const goFullscreen = () => void document.documentElement.requestFullscreen?.().catch(() => undefined);
  return (
    <div class="ws-projector">
      <header class="ws-projector-head">
        <h1>{workshop.title}</h1>
        <button type="button" class="ws-fullscreen ws-view-toggle" aria-pressed={onMap} onClick={() => setOnMap(!onMap)}>
          Carte
        </button>
        <button type="button" class="ws-fullscreen" onClick={goFullscreen}>
          Plein écran
        </button>
      </header>
      <dl class="ws-counters" aria-live="polite">
        <div>
          <dt>Entreprises</dt>
          <dd data-testid="count-companies">{view.companies}</dd>
        </div>
        <div>
          <dt>Ressources proposées</dt>
          <dd data-testid="count-offers">{view.offers}</dd>
        </div>
        <div>
          <dt>Ressources recherchées</dt>
          <dd data-testid="count-needs">{view.needs}</dd>
        </div>
        <div>
          <dt>Synergies détectées</dt>
          <dd data-testid="count-synergies">{view.synergies.length}</dd>
        </div>
      </dl>
      <div class="ws-projector-body">
        {/* The picture draws the links of the synergies listed: 239 lines at once would hide the names. */}
        {onMap ? (
          <RoomMap companyIds={workshop.companyIds} synergies={view.synergies} />
        ) : (
          <RoomGraph groups={view.groups} names={view.names} links={view.links.filter((l) => listed.has(l.synergyId))} fresh={fresh} />
        )}
        <section aria-label="Dernières synergies">
          <p class="ws-legend" aria-hidden="true">
            <span class="ws-legend-substitution">{SYNERGY_KIND_LABELS.substitution}</span>
            <span class="ws-legend-mutualisation">{SYNERGY_KIND_LABELS.mutualisation}</span>
          </p>
          {newest.length === 0 ? (
            <p class="ws-waiting">Les synergies apparaîtront ici au fil des échanges.</p>
          ) : (
            <ol class="ws-newest">
              {newest.map((s) => (
                <li key={s.id} class={`ws-kind-${s.kind}${fresh.has(s.id) ? ' ws-fresh' : ''}`}>
                  {/* The kind is the colour of the edge, as of the picture's links; said aloud to screen readers. */}
                  <span class="sr-only">{SYNERGY_KIND_LABELS[s.kind]} : </span>
                  <span class="ws-sentence">{s.sentence}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <WallConnection />
    </div>
  );
}

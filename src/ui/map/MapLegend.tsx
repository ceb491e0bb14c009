// The legend of the map's colours, and the choice of what a company's colour says.
import { FOLLOWUP_STATUS_LABELS, SYNERGY_KIND_LABELS } from '../../domain';
import type { ColourMode } from '../../domain/map/features';
import { CATEGORY_COLOURS, GROUP_COLOUR, KIND_COLOURS } from './overlay-layers';

const FLUX_LABELS: Record<string, string> = {
  offer: 'Offres seulement',
  need: 'Besoins seulement',
  both: 'Offres et besoins',
  none: 'Aucun flux',
};
const FOLLOWUP_LABELS: Record<string, string> = { ...FOLLOWUP_STATUS_LABELS, none: 'Sans suivi' };

export function MapLegend({ colour, onColour }: { colour: ColourMode; onColour: (c: ColourMode) => void }) {
  const labels = colour === 'flux' ? FLUX_LABELS : FOLLOWUP_LABELS;
  return (
    <div class="map-legend">
      <label>
        Couleur des entreprises
        <select value={colour} onChange={(e) => onColour(e.currentTarget.value as ColourMode)}>
          <option value="flux">Offres et besoins</option>
          <option value="followup">Avancement du suivi</option>
        </select>
      </label>
      <ul aria-label="Légende">
        {Object.entries(labels).map(([key, label]) => (
          <li key={key}>
            <span class="map-swatch" style={{ background: CATEGORY_COLOURS[key] }} aria-hidden="true" />
            {label}
          </li>
        ))}
        <li>
          <span class="map-swatch map-swatch-group" style={{ background: GROUP_COLOUR }} aria-hidden="true">
            3
          </span>
          Entreprises voisines groupées, avec leur nombre (toucher pour zoomer)
        </li>
        <li>
          <span class="map-swatch map-swatch-ring" aria-hidden="true" />
          Position approchée (zone ou territoire)
        </li>
        <li>
          <span class="map-line" style={{ background: KIND_COLOURS.substitution }} aria-hidden="true" />
          {SYNERGY_KIND_LABELS.substitution}
        </li>
        <li>
          <span class="map-line" style={{ background: KIND_COLOURS.mutualisation }} aria-hidden="true" />
          {SYNERGY_KIND_LABELS.mutualisation} (étoile depuis le centre du groupe)
        </li>
      </ul>
    </div>
  );
}

// From what the page read to what the map draws and the lists show: the filters of the Synergies
// list apply to the synergies (kind, family, territory, score, distance, set-aside ones), the
// territory also to the companies; the visible area, when asked, narrows both lists.
import { companyFeatures, parkFeatures, synergyFeatures, type ColourMode, type FeatureCollection } from '../../domain/map/features';
import type { MapLine } from '../../domain/map/map-lines';
import { bboxAround, inBbox, type Bbox } from '../../domain/map/tiles';
import type { Overlays } from './overlay-layers';
import type { MapBase, MapCompany } from './use-map-data';

export interface MapSelection {
  companies: MapCompany[];
  synergies: MapLine[];
  /** Companies with no position at all: listed, never drawn. */
  unplaced: number;
  overlays: Overlays;
  bounds?: Bbox;
}

const where = (c: MapCompany) => c.location ?? c.placed;
const NO_LINES: Overlays['synergies'] = { type: 'FeatureCollection', features: [] };

/**
 * The lines depend on the synergies and the companies' places only: built once for them, not again
 * when the colours, the territory or the outlines change (MapLibre would cut 20,000 lines again).
 */
let lastLines: { synergies: readonly MapLine[]; companies: readonly MapCompany[]; drawn: Overlays['synergies'] } | undefined;
export function linesOverlay(synergies: readonly MapLine[], companies: readonly MapCompany[]): Overlays['synergies'] {
  if (lastLines?.synergies === synergies && lastLines.companies === companies) return lastLines.drawn;
  const byId = new Map(companies.map((c) => [c.id, c]));
  const drawn = synergyFeatures(synergies, (id) => {
    const c = byId.get(id);
    return c && where(c);
  });
  lastLines = { synergies, companies, drawn };
  return drawn;
}

export function selectForMap(
  base: MapBase,
  synergies: readonly MapLine[],
  options: {
    territoryId: string;
    colour: ColourMode;
    outlines?: FeatureCollection<unknown>;
    focus?: { companyId: string; synergyId: string };
    /**
     * false: no lines' GeoJSON yet (an empty collection): the « Carte » draws its companies first
     * and builds the 20,000 lines (0.1–0.2 s of its thread) once that image is complete.
     */
    lines?: boolean;
  },
): MapSelection {
  // Opened from a company (it and its partners) or a follow-up (the synergy's companies) only.
  const { companyId = '', synergyId = '' } = options.focus ?? {};
  const partners =
    companyId || synergyId ? new Set([...(companyId ? [companyId] : []), ...synergies.flatMap((s) => s.companyIds)]) : undefined;
  const companies = base.companies.filter(
    (c) => (!options.territoryId || c.territoryId === options.territoryId) && (!partners || partners.has(c.id)),
  );
  const category =
    options.colour === 'flux' ? (id: string) => base.balance.get(id) ?? 'none' : (id: string) => base.followup.get(id) ?? 'none';
  const placed = companies.map(where).filter((l) => l !== undefined);
  return {
    companies,
    synergies: [...synergies],
    unplaced: companies.length - placed.length,
    bounds: bboxAround(placed),
    overlays: {
      companies: companyFeatures(companies, category),
      synergies: options.lines === false ? NO_LINES : linesOverlay(synergies, base.companies),
      parks: parkFeatures(base.parks.filter((p) => !options.territoryId || p.territoryId === options.territoryId)),
      outlines: options.outlines ?? { type: 'FeatureCollection', features: [] },
    },
  };
}

/** The lists narrowed to the visible area: companies placed in it, synergies touching it. */
export function inView(selection: MapSelection, bbox: Bbox | undefined, byId: ReadonlyMap<string, MapCompany>) {
  if (!bbox) return { companies: selection.companies, synergies: selection.synergies };
  const seen = (c: MapCompany | undefined) => {
    const at = c && where(c);
    return at !== undefined && inBbox(bbox, at);
  };
  return {
    companies: selection.companies.filter(seen),
    synergies: selection.synergies.filter((s) => s.companyIds.some((id) => seen(byId.get(id)))),
  };
}

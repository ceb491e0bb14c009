// What the map draws, as plain GeoJSON built from records (no map library here): companies as
// points coloured by what they offer or need or by their follow-ups, parks, and synergies as lines
// (substitution) or stars from a group's centre (mutualisation). Shared by the « Carte » page, the
// workshop projector's map and their tests.
import type { Location } from '../company';
import type { FollowupStatus } from '../followup';
import type { SynergyKind } from '../synergy';

export type LonLat = [lon: number, lat: number];

export interface PointFeature<P> {
  type: 'Feature';
  id?: number;
  geometry: { type: 'Point'; coordinates: LonLat };
  properties: P;
}
export interface LineFeature<P> {
  type: 'Feature';
  geometry: { type: 'LineString'; coordinates: LonLat[] } | { type: 'MultiLineString'; coordinates: LonLat[][] };
  properties: P;
}
export interface FeatureCollection<F> {
  type: 'FeatureCollection';
  features: F[];
}

/** How a company's point is coloured: what it offers or needs, or how far its leads went. */
export type ColourMode = 'flux' | 'followup';
/** Offers only, needs only, both, or nothing recorded yet. */
export type FluxBalance = 'offer' | 'need' | 'both' | 'none';
/** The most advanced follow-up status of its leads, or none. */
export type CompanyFollowup = FollowupStatus | 'none';

export interface CompanyPoint {
  id: string;
  name: string;
  /** Placed by its park or territory rather than its own coordinates: drawn, but said approximate. */
  approximate: boolean;
  category: FluxBalance | CompanyFollowup;
}
export interface SynergyLine {
  id: string;
  kind: SynergyKind;
  /** The room's sentence on the projector; the « Carte » draws lines without one (lean lines). */
  label?: string;
}

export interface MappableCompany {
  id: string;
  name: string;
  location?: Location;
  /** Where matching placed it when it has no coordinates of its own. */
  placed?: Location;
}
export interface MappableSynergy {
  id: string;
  kind: SynergyKind;
  companyIds: readonly string[];
  label?: string;
}

export const lonLat = (l: Location): LonLat => [l.lon, l.lat];

/** Its own position first; else where matching placed it; else nowhere (listed, not drawn). */
export function positionOf(c: MappableCompany): { at: Location; approximate: boolean } | undefined {
  if (c.location) return { at: c.location, approximate: false };
  if (c.placed) return { at: c.placed, approximate: true };
  return undefined;
}

export function companyFeatures(
  companies: readonly MappableCompany[],
  categoryOf: (id: string) => CompanyPoint['category'],
): FeatureCollection<PointFeature<CompanyPoint>> {
  const features: PointFeature<CompanyPoint>[] = [];
  for (const c of companies) {
    const place = positionOf(c);
    if (!place) continue;
    features.push({
      type: 'Feature',
      // Numeric ids: the map recolours a point through its state (recolouring below) instead of
      // taking 10,000 points again.
      id: features.length,
      geometry: { type: 'Point', coordinates: lonLat(place.at) },
      properties: { id: c.id, name: c.name, approximate: place.approximate, category: categoryOf(c.id) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * When `next` holds the same points as `previous` (same ids, places, in the same order), the colours
 * that changed, by feature id (none: nothing to redraw); undefined when the points themselves differ.
 * The synergies and the colours arrive after the companies: redrawn from scratch each time, 10,000
 * points were copied to MapLibre's worker and grouped again, half a second each on a tablet.
 */
export function recolouring(
  previous: FeatureCollection<PointFeature<CompanyPoint>>,
  next: FeatureCollection<PointFeature<CompanyPoint>>,
): Map<number, CompanyPoint['category']> | undefined {
  if (previous.features.length !== next.features.length) return undefined;
  const changed = new Map<number, CompanyPoint['category']>();
  for (let i = 0; i < next.features.length; i++) {
    const [a, b] = [previous.features[i]!, next.features[i]!];
    const [pa, pb] = [a.geometry.coordinates, b.geometry.coordinates];
    if (a.id !== b.id || a.properties.id !== b.properties.id || pa[0] !== pb[0] || pa[1] !== pb[1]) return undefined;
    if (a.properties.approximate !== b.properties.approximate || a.properties.name !== b.properties.name) return undefined;
    if (a.properties.category !== b.properties.category && b.id !== undefined) changed.set(b.id, b.properties.category);
  }
  return changed;
}

/**
 * A substitution is a line between its two companies; a group a star from its members' centre to
 * each member (as many lines as members, readable at any zoom). Members without a position are left
 * out; a synergy with fewer than two placed companies is not drawn (it stays in the list).
 */
export function synergyFeatures(
  synergies: readonly MappableSynergy[],
  where: (companyId: string) => Location | undefined,
): FeatureCollection<LineFeature<SynergyLine>> {
  const features: LineFeature<SynergyLine>[] = [];
  for (const s of synergies) {
    const points = s.companyIds.map(where).filter((l): l is Location => l !== undefined);
    if (points.length < 2) continue;
    const properties: SynergyLine = s.label === undefined ? { id: s.id, kind: s.kind } : { id: s.id, kind: s.kind, label: s.label };
    if (s.kind === 'substitution' || points.length === 2) {
      features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: points.slice(0, 2).map(lonLat) }, properties });
      continue;
    }
    const centre: LonLat = [mean(points.map((p) => p.lon)), mean(points.map((p) => p.lat))];
    features.push({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: points.map((p) => [centre, lonLat(p)]) },
      properties,
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Lines with an end (or a group's centre) inside the box [west, south, east, north]: what the map
 * says is visible, counted from the data — asking MapLibre for 20,000 drawn lines took 0.5 s. Only
 * the `first` lines (the best) when the map draws no more at its zoom.
 */
export function linesIn(lines: FeatureCollection<LineFeature<SynergyLine>>, [w, s, e, n]: readonly number[], first = Infinity): number {
  const inside = ([lon, lat]: LonLat) => lon >= w! && lon <= e! && lat >= s! && lat <= n!;
  let count = 0;
  const end = Math.min(first, lines.features.length);
  for (let i = 0; i < end; i++) {
    const g = lines.features[i]!.geometry;
    const hit = g.type === 'LineString' ? g.coordinates.some(inside) : g.coordinates.some((part) => part.some(inside));
    if (hit) count++;
  }
  return count;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The balance of a company's live flux. */
export function fluxBalance(directions: Iterable<'need' | 'offer'>): FluxBalance {
  let offer = false;
  let need = false;
  for (const d of directions) {
    if (d === 'offer') offer = true;
    else need = true;
  }
  return offer && need ? 'both' : offer ? 'offer' : need ? 'need' : 'none';
}

/** Each company's balance, from these flux (deleted ones aside); companies without any left out. */
export function balanceOf(flux: Iterable<{ companyId: string; direction: 'need' | 'offer'; deleted?: boolean }>): Map<string, FluxBalance> {
  const directions = new Map<string, ('need' | 'offer')[]>();
  for (const f of flux) {
    if (f.deleted) continue;
    const list = directions.get(f.companyId);
    if (list) list.push(f.direction);
    else directions.set(f.companyId, [f.direction]);
  }
  const balance = new Map<string, FluxBalance>();
  for (const [id, list] of directions) balance.set(id, fluxBalance(list));
  return balance;
}

/** Rejected and on-hold rank below any lead still moving; implemented above all. */
const FOLLOWUP_RANK: Record<CompanyFollowup, number> = {
  none: 0,
  rejected: 1,
  'on-hold': 2,
  proposed: 3,
  retained: 4,
  connected: 5,
  studying: 6,
  implemented: 7,
};

/** The most advanced status of the follow-ups each company takes part in. */
export function companyFollowups(
  followups: readonly { status: FollowupStatus; companyIds: readonly string[] }[],
): Map<string, CompanyFollowup> {
  const best = new Map<string, CompanyFollowup>();
  for (const f of followups) {
    for (const id of f.companyIds) {
      const current = best.get(id) ?? 'none';
      if (FOLLOWUP_RANK[f.status] > FOLLOWUP_RANK[current]) best.set(id, f.status);
    }
  }
  return best;
}

export interface ParkArea {
  id: string;
  name: string;
}

/** Without a radius a park is drawn as what a small one is: 500 m around its centre. */
const DEFAULT_PARK_RADIUS_KM = 0.5;

/** Each park with a centre as a circle of its radius (a polygon: MapLibre circles are in pixels). */
export function parkFeatures(
  parks: readonly { id: string; name: string; center?: Location; radiusKm?: number; mergedInto?: string; deleted?: boolean }[],
): FeatureCollection<{ type: 'Feature'; geometry: { type: 'Polygon'; coordinates: LonLat[][] }; properties: ParkArea }> {
  const features = [];
  for (const p of parks) {
    if (!p.center || p.mergedInto || p.deleted) continue;
    const r = p.radiusKm ?? DEFAULT_PARK_RADIUS_KM;
    const dLat = r / 111.32;
    const dLon = r / (111.32 * Math.cos((p.center.lat * Math.PI) / 180));
    const ring: LonLat[] = [];
    for (let i = 0; i <= 48; i++) {
      const a = (i / 48) * 2 * Math.PI;
      ring.push([p.center.lon + dLon * Math.cos(a), p.center.lat + dLat * Math.sin(a)]);
    }
    features.push({
      type: 'Feature' as const,
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
      properties: { id: p.id, name: p.name },
    });
  }
  return { type: 'FeatureCollection', features };
}

// Where a company without its own coordinates is placed for matching, and what the screens say of
// it: at its business park's centre when the park has one (a company met at a workshop, with only a
// name and a park), else at the centre of its territory's parks — approximate, so its synergies are
// indicative. A company placed at its territory's centre could be anywhere in it: its flux reach
// as far again as the territory's parks spread (never a regulated reach, such as collective
// self-consumption). Pure and shared: the matching worker, the page's rematch and the screens.
import type { Location } from './company';
import { parkKey } from './park-names';
import { findResource } from './taxonomy';

/** Least widening for a territory-placed company (a territory with one known park has no spread). */
const MIN_SPREAD_KM = 10;
const MAX_REACH_KM = 500;

function km(a: Location, b: Location): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type PlaceSource = 'own' | 'park' | 'territory' | 'none';

export interface PlaceablePark {
  id: string;
  territoryId: string;
  nameKey: string;
  center?: Location;
  mergedInto?: string;
}

interface Placeable {
  territoryId: string;
  zone: string;
  location?: Location;
  parkId?: string;
}

export interface CompanyPlace {
  source: PlaceSource;
  location?: Location;
  /** The park whose centre is used (source 'park'). */
  parkId?: string;
  /** Added to its flux's reach (source 'territory'): how far the territory's parks spread. */
  extraReachKm?: number;
}

/** The parks of the device, indexed once for many companies. */
export class PlaceIndex {
  private readonly byId = new Map<string, PlaceablePark>();
  private readonly byKey = new Map<string, PlaceablePark>();
  private readonly centres = new Map<string, Location>();
  private readonly spreads = new Map<string, number>();

  constructor(parks: readonly PlaceablePark[]) {
    const sums = new Map<string, { lat: number; lon: number; n: number }>();
    for (const p of parks) {
      this.byId.set(p.id, p);
      if (p.mergedInto) continue;
      this.byKey.set(`${p.territoryId}\u0000${p.nameKey}`, p);
      if (!p.center) continue;
      const sum = sums.get(p.territoryId) ?? { lat: 0, lon: 0, n: 0 };
      sums.set(p.territoryId, { lat: sum.lat + p.center.lat, lon: sum.lon + p.center.lon, n: sum.n + 1 });
    }
    for (const [t, s] of sums) this.centres.set(t, { lat: s.lat / s.n, lon: s.lon / s.n });
    for (const p of parks) {
      const centre = this.centres.get(p.territoryId);
      if (!p.center || !centre || p.mergedInto) continue;
      this.spreads.set(p.territoryId, Math.max(this.spreads.get(p.territoryId) ?? MIN_SPREAD_KM, km(centre, p.center)));
    }
  }

  private park(c: Placeable): PlaceablePark | undefined {
    let park = c.parkId ? this.byId.get(c.parkId) : undefined;
    // A merged park sends its companies to the one it was merged into.
    for (let hops = 0; park?.mergedInto && hops < 5; hops++) park = this.byId.get(park.mergedInto);
    return park ?? this.byKey.get(parkKey(c.territoryId, c.zone));
  }

  placeOf(c: Placeable): CompanyPlace {
    if (c.location) return { source: 'own', location: c.location };
    const park = this.park(c);
    if (park?.center) return { source: 'park', location: park.center, parkId: park.id };
    const centre = this.centres.get(c.territoryId);
    return centre
      ? { source: 'territory', location: centre, extraReachKm: this.spreads.get(c.territoryId) ?? MIN_SPREAD_KM }
      : { source: 'none' };
  }

  /**
   * The flux of a company as matching sees them: a territory-placed company's flux reach further
   * (by the territory's spread), except a regulated reach.
   */
  widened<F extends { resourceCode: string; maxDistanceKm?: number }>(c: Placeable, flux: readonly F[]): F[] {
    const extra = c.location ? undefined : this.placeOf(c).extraReachKm;
    if (!extra) return [...flux];
    return flux.map((f) => {
      const resource = findResource(f.resourceCode);
      if (!resource || resource.selfConsumption) return f;
      return { ...f, maxDistanceKm: Math.min(MAX_REACH_KM, (f.maxDistanceKm ?? resource.maxDistanceKm) + extra) };
    });
  }

  /**
   * The company as matching sees it: with the approximate location when it has none of its own, and
   * `placedBy` saying so (the matcher then prints no distance for it, only what is known).
   */
  placed<C extends Placeable>(c: C): C & { placedBy?: 'park' | 'territory' } {
    if (c.location) return c;
    const place = this.placeOf(c);
    return place.location && (place.source === 'park' || place.source === 'territory')
      ? { ...c, location: place.location, placedBy: place.source }
      : c;
  }
}

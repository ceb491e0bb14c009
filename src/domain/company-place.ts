// Where a company without its own coordinates is placed for matching, and what the screens say of
// it: at its business park's centre when the park has one (a company met at a workshop, with only a
// name and a park), else at the centre of its territory's parks — approximate, so its synergies are
// indicative. Pure and shared: the matching worker, the page's rematch and the workshop screens.
import type { Location } from './company';
import { parkKey } from './park-names';

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
}

/** The parks of the device, indexed once for many companies. */
export class PlaceIndex {
  private readonly byId = new Map<string, PlaceablePark>();
  private readonly byKey = new Map<string, PlaceablePark>();
  private readonly centres = new Map<string, Location>();

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
    return centre ? { source: 'territory', location: centre } : { source: 'none' };
  }

  /** The company as matching sees it: with the approximate location when it has none of its own. */
  placed<C extends Placeable>(c: C): C {
    if (c.location) return c;
    const place = this.placeOf(c);
    return place.location ? { ...c, location: place.location } : c;
  }
}

// Distances between companies: great-circle (haversine) when both are located, otherwise the
// same business park counts as "right next door".
export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

export interface Place {
  id: string;
  located: boolean;
  latRad: number;
  lonRad: number;
  cosLat: number;
  /** `territoryId + zone`, empty when the company has no business park recorded. */
  zoneKey: string;
}

export function haversineKm(a: Place, b: Place): number {
  const sinLat = Math.sin((b.latRad - a.latRad) / 2);
  const sinLon = Math.sin((b.lonRad - a.lonRad) / 2);
  const h = sinLat * sinLat + a.cosLat * b.cosLat * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance used for reach, or NaN when it cannot be known. A company without coordinates (the
 * advisor had no GPS, the address is not geocoded offline) is placed in its business park: it is
 * 0 km from the other companies of the same territory and zone, and out of reach of all others.
 */
export function pairDistance(a: Place, b: Place): number {
  if (a === b) return 0;
  if (a.located && b.located) return haversineKm(a, b);
  if (a.zoneKey !== '' && a.zoneKey === b.zoneKey) return 0;
  return NaN;
}

// A territory's outline (contour), loaded by an admin as GeoJSON — for example a commune or EPCI
// boundary from IGN's ADMIN EXPRESS converted to WGS 84 — and kept with the territory in the
// reference data. Any Polygon, MultiPolygon, Feature or FeatureCollection of them is accepted and
// stored as one MultiPolygon, coordinates rounded to 5 decimals (about 1 m) and capped in points.
import { z } from 'zod';

/** What a device downloads with its territories: a simplified EPCI is a few thousand points. */
export const MAX_OUTLINE_POINTS = 50_000;
/** A file larger than this is refused before it is read (simplify it first, e.g. with mapshaper). */
export const MAX_OUTLINE_FILE_BYTES = 1_500_000;

const round = (n: number) => Math.round(n * 1e5) / 1e5;

const PositionSchema = z
  .array(z.number({ error: 'Coordonnée invalide : nombre attendu' }))
  .min(2, 'Coordonnée invalide : longitude et latitude attendues')
  .max(3, 'Coordonnée invalide : longitude et latitude attendues')
  .refine(
    ([lon, lat]) => Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90,
    'Coordonnée hors limites : degrés WGS 84 attendus (longitude, latitude), pas Lambert 93',
  )
  .transform(([lon, lat]) => [round(lon!), round(lat!)]);

const RingSchema = z
  .array(PositionSchema)
  .min(4, 'Contour invalide : un anneau a au moins 4 points')
  .refine((ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1], 'Contour invalide : un anneau doit être fermé');

const PolygonSchema = z.array(RingSchema).min(1, 'Contour invalide : polygone vide');

export const OutlineSchema = z
  .object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonSchema).min(1, 'Contour vide') })
  .refine(
    (o) => o.coordinates.flat(2).length <= MAX_OUTLINE_POINTS,
    `Contour trop détaillé : ${MAX_OUTLINE_POINTS.toLocaleString('fr-FR')} points au plus (simplifiez-le)`,
  );
export type Outline = z.infer<typeof OutlineSchema>;

/** The polygons of any GeoJSON object, as MultiPolygon coordinates (unvalidated); undefined otherwise. */
function polygonsOf(value: unknown, depth = 0): unknown[] | undefined {
  if (depth > 3 || typeof value !== 'object' || value === null) return undefined;
  const v = value as { type?: unknown; coordinates?: unknown; geometry?: unknown; features?: unknown };
  if (v.type === 'Polygon') return [v.coordinates];
  if (v.type === 'MultiPolygon') return Array.isArray(v.coordinates) ? v.coordinates : undefined;
  if (v.type === 'Feature') return polygonsOf(v.geometry, depth + 1);
  if (v.type === 'FeatureCollection' && Array.isArray(v.features)) {
    const all: unknown[] = [];
    for (const f of v.features) {
      const p = polygonsOf(f, depth + 1);
      if (!p) return undefined;
      all.push(...p);
    }
    return all;
  }
  return undefined;
}

export type OutlineResult = { ok: true; outline: Outline; points: number } | { ok: false; error: string };

/** Reads an admin's GeoJSON into an outline, or says in French what is wrong with it. */
export function outlineFromGeoJson(input: unknown): OutlineResult {
  const polygons = polygonsOf(input);
  if (!polygons) return { ok: false, error: 'GeoJSON attendu : Polygon, MultiPolygon, Feature ou FeatureCollection de polygones' };
  const parsed = OutlineSchema.safeParse({ type: 'MultiPolygon', coordinates: polygons });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Contour invalide' };
  return { ok: true, outline: parsed.data, points: parsed.data.coordinates.flat(2).length };
}

// The territories' outlines the map draws (checked again on the way out of the base: a row from an
// older server or a broken copy is left out rather than breaking the map).
import { OutlineSchema } from '../../domain/map/outline';
import type { FeatureCollection } from '../../domain/map/features';
import { db } from '../../db/database';
import { useLiveQuery } from '../hooks/use-live-query';

export function useOutlines(territoryId: string) {
  return useLiveQuery(async (): Promise<FeatureCollection<unknown>> => {
    const territories = await db().territories.toArray();
    const features = [];
    for (const t of territories) {
      if (t.deleted || !t.outline || (territoryId && t.id !== territoryId)) continue;
      const outline = OutlineSchema.safeParse(t.outline);
      if (outline.success) features.push({ type: 'Feature' as const, geometry: outline.data, properties: { id: t.id, name: t.name } });
    }
    return { type: 'FeatureCollection', features };
  }, [territoryId]);
}

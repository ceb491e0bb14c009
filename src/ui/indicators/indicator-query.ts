// The page's period and territory filter live in the hash (#/indicateurs?from=…&to=…&territory=…),
// so the printed report opens on the same selection and a reload keeps it.
import { useHashState } from '../router';
import { IndicatorQuerySchema, type DateRange } from '../../domain/indicators';

export interface Selection {
  range: DateRange;
  /** One territory, or undefined for every territory of the device. */
  territoryId: string | undefined;
  /** Figures of this device (offline), or the server's for the whole programme (referents, admins). */
  source: 'device' | 'server';
}

export function readSelection(hash: string): Selection {
  const query = Object.fromEntries(new URLSearchParams(hash.split('?')[1] ?? ''));
  const parsed = IndicatorQuerySchema.safeParse(query);
  const fallback = IndicatorQuerySchema.parse({});
  const q = parsed.success ? parsed.data : fallback;
  return { range: q.range, territoryId: q.territoryIds?.[0], source: query.source === 'serveur' ? 'server' : 'device' };
}

export function selectionHash(view: '' | '/rapport', s: Selection): string {
  const params = new URLSearchParams({ from: s.range.from, to: s.range.to });
  if (s.territoryId) params.set('territory', s.territoryId);
  if (s.source === 'server') params.set('source', 'serveur');
  return `#/indicateurs${view}?${params.toString()}`;
}

export function useSelection(): Selection {
  return useHashState(readSelection);
}

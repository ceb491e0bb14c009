// What a new flux starts with, and how its quantity reads in the lists. A flow over time (tonnes,
// MWh, trips) is counted « par an »; a stock or a capacity (an area, a power, a shared machine, a
// storage, a meeting room) has no period: « 200 m² », not « 200 m²/an ».
import { UNITS, formatQuantity, type Flux, type Period, type ResourceType } from '../../domain';

const STOCK_DIMENSIONS = new Set(['area', 'power']);
const SHARED_THINGS = new Set(['shared-equipment', 'shared-storage', 'shared-service']);

export function defaultPeriod(resource: Pick<ResourceType, 'defaultUnit' | 'mutualisation'>): Period | undefined {
  const dimension = UNITS[resource.defaultUnit].dimension;
  if (STOCK_DIMENSIONS.has(dimension)) return undefined;
  // Shared equipment is counted (3 forklifts), unless it is machine time or energy it delivers.
  if (resource.mutualisation && SHARED_THINGS.has(resource.mutualisation) && dimension !== 'time' && dimension !== 'energy') {
    return resource.defaultUnit === 'trip' ? 'year' : undefined;
  }
  return 'year';
}

/** « 12 t/an », or undefined while no quantity is recorded. */
export function quantityText(flux: Pick<Flux, 'quantity' | 'unit' | 'period'>): string | undefined {
  if (flux.quantity === undefined || !flux.unit) return undefined;
  return formatQuantity(flux.quantity, flux.unit, flux.period);
}

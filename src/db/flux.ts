// Reading and writing the flux of a company (what it needs and what it has to give).
import { FluxSchema, getResource, newId, type Direction, type Flux, type FluxInput } from '../domain';
import { db } from './database';
import { updateSynced, writeSynced } from './synced-write';
import { validateRows } from './validated-read';

export async function addFlux(
  companyId: string,
  resourceCode: string,
  direction: Direction,
  extra: Partial<FluxInput> = {},
): Promise<Flux> {
  const resource = getResource(resourceCode);
  const now = Date.now();
  const flux = FluxSchema.parse({
    unit: resource.defaultUnit,
    period: 'year',
    ...extra,
    id: newId(),
    companyId,
    resourceCode,
    family: resource.family,
    direction,
    createdAt: now,
    updatedAt: now,
    rev: 0,
    deleted: false,
  });
  await writeSynced('flux', flux, Object.keys(flux));
  return flux;
}

/** Applies a partial edit; throws a ZodError with readable messages when invalid. */
export async function updateFlux(id: string, patch: Partial<FluxInput>): Promise<Flux> {
  return updateSynced<Flux>('flux', id, (before) =>
    FluxSchema.parse({ ...before, ...patch, id, companyId: before.companyId, rev: before.rev }),
  );
}

async function setFluxDeleted(id: string, deleted: boolean): Promise<void> {
  await updateSynced<Flux>('flux', id, (flux) => ({ ...flux, deleted }), deleted ? 'delete' : 'upsert');
}

export const removeFlux = (id: string) => setFluxDeleted(id, true);
export const restoreFlux = (id: string) => setFluxDeleted(id, false);

export async function listFluxOfCompany(companyId: string) {
  const raw = await db().flux.where('companyId').equals(companyId).toArray();
  return validateRows(
    FluxSchema,
    raw.filter((f) => !f.deleted),
  );
}

/** The deleted flux of a company for a resource and direction, to revive instead of duplicating. */
export async function findDeletedFlux(companyId: string, resourceCode: string, direction: Direction) {
  const raw = await db().flux.where('companyId').equals(companyId).toArray();
  return raw.find((f) => f.deleted && f.resourceCode === resourceCode && f.direction === direction);
}

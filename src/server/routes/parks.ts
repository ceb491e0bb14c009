// The business-park API. Referents (of the park's territory) and admins create, rename, confirm
// and merge parks; anyone of a territory proposes one (the device uploads what an advisor typed,
// idempotently by its id). Renames and merges rewrite the companies concerned (company-parks.ts).
import { Hono } from 'hono';
import {
  NewParkSchema,
  ParkMergeSchema,
  ParkProposalSchema,
  ParkUpdateSchema,
  type Park,
  type ParkChange,
  type ParkCompanies,
} from '../../domain/park';
import { parkNameKey } from '../../domain/park-names';
import type { User } from '../../domain/user';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { nudgeAfterWrites } from '../live/nudge';
import { previewCompanies, repointCompanies } from '../reference/company-parks';
import { findLiveParkByKey, findPark, insertPark, redirectMerged, updatePark, withRevisionLock } from '../reference/parks-repo';
import { mayManageParks, requireParkManager } from '../reference/permissions';
import { findTerritory } from '../reference/territories-repo';
import type { SqlRunner } from '../store/sql';
import { FORBIDDEN_MESSAGE } from '../sync/apply-push';
import { mayAccess, type Scope } from '../sync/scope';
import { pathId, readReferenceBody } from './territories';

/** The territory a park goes in: one of the user's, still covered by the programme. */
async function openTerritory(db: SqlRunner, scope: Scope, territoryId: string): Promise<void> {
  if (!mayAccess(scope, territoryId)) throw new ApiFailure(403, FORBIDDEN_MESSAGE, 'territoryId', 'territory-forbidden');
  const territory = await findTerritory(db, territoryId);
  if (!territory) throw new ApiFailure(404, 'Territoire inconnu', 'territoryId');
  if (territory.retired) throw new ApiFailure(409, `Le territoire « ${territory.name} » est retiré du programme`, 'territoryId');
}

/** A live park the user manages (404, 403, or 409 once merged). */
async function managedPark(db: SqlRunner, user: User, id: string): Promise<Park> {
  const park = await findPark(db, id);
  if (!park) throw new ApiFailure(404, 'Zone d’activités introuvable', 'id');
  requireParkManager(user, park.territoryId);
  if (park.mergedInto) {
    const into = await findPark(db, park.mergedInto);
    throw new ApiFailure(409, `Cette zone a été fusionnée dans « ${into?.name ?? park.mergedInto} » : modifiez plutôt celle-ci`, 'id');
  }
  return park;
}

async function refuseDuplicate(db: SqlRunner, territoryId: string, name: string, self?: string): Promise<void> {
  const same = await findLiveParkByKey(db, territoryId, parkNameKey(name));
  if (same && same.id !== self) {
    throw new ApiFailure(
      409,
      `Une zone « ${same.name} » existe déjà dans ce territoire${self ? ' : fusionnez plutôt les deux zones' : ''}`,
      'name',
    );
  }
}

export function parkRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  routes.use('*', nudgeAfterWrites(deps));
  const signedIn = requireUser(deps);
  const locked = <T>(fn: (tx: SqlRunner) => Promise<T>) => withRevisionLock(deps.sql, fn);

  routes.post('/proposals', signedIn, async (c) => {
    const input = await readReferenceBody(c, ParkProposalSchema);
    const user = c.get('user');
    const [status, body] = await locked(async (tx): Promise<[200 | 201, ParkChange]> => {
      const known = await findPark(tx, input.id);
      if (known) {
        // A retried upload: answered with the park as it is now, nothing done again.
        if (known.territoryId !== input.territoryId || !mayAccess(c.get('scope'), known.territoryId)) {
          throw new ApiFailure(409, 'Identifiant de zone déjà utilisé', 'id');
        }
        return [200, { park: known, companies: 0 }];
      }
      await openTerritory(tx, c.get('scope'), input.territoryId);
      const same = await findLiveParkByKey(tx, input.territoryId, parkNameKey(input.name));
      // The name already exists (typed on another tablet, say): the proposal is merged at once.
      const status = mayManageParks(user, input.territoryId) && !same && !input.review ? 'confirmed' : 'proposed';
      const { review: _review, ...proposal } = input;
      const park = await insertPark(tx, { ...proposal, status, mergedInto: same?.id, createdBy: user.id });
      if (!same) return [201, { park, companies: 0 }];
      return [200, { park, companies: await repointCompanies(tx, park, same) }];
    });
    return c.json(body, status);
  });

  routes.post('/', signedIn, async (c) => {
    const input = await readReferenceBody(c, NewParkSchema);
    requireParkManager(c.get('user'), input.territoryId);
    const body = await locked(async (tx): Promise<ParkChange> => {
      await openTerritory(tx, c.get('scope'), input.territoryId);
      await refuseDuplicate(tx, input.territoryId, input.name);
      const park = await insertPark(tx, { ...input, status: 'confirmed', createdBy: c.get('user').id });
      // Companies that typed this very name before the park existed join it now.
      return { park, companies: await repointCompanies(tx, park, park) };
    });
    return c.json(body, 201);
  });

  routes.patch('/:id', signedIn, async (c) => {
    const id = pathId(c);
    const changes = await readReferenceBody(c, ParkUpdateSchema);
    const body = await locked(async (tx): Promise<ParkChange> => {
      const before = await managedPark(tx, c.get('user'), id);
      if (changes.name !== undefined) await refuseDuplicate(tx, before.territoryId, changes.name, id);
      const park = await updatePark(tx, id, changes);
      if (park.name === before.name) return { park, companies: 0 };
      // Its companies follow the new name; those that had typed the new name join it.
      return { park, companies: (await repointCompanies(tx, before, park)) + (await repointCompanies(tx, park, park)) };
    });
    return c.json(body);
  });

  routes.post('/:id/confirm', signedIn, async (c) => {
    const id = pathId(c);
    const body = await locked(async (tx): Promise<ParkChange> => {
      const park = await managedPark(tx, c.get('user'), id);
      return { park: park.status === 'confirmed' ? park : await updatePark(tx, id, { status: 'confirmed' }), companies: 0 };
    });
    return c.json(body);
  });

  routes.post('/:id/merge', signedIn, async (c) => {
    const id = pathId(c);
    const { intoId } = await readReferenceBody(c, ParkMergeSchema);
    const body = await locked(async (tx): Promise<ParkChange> => {
      const source = await managedPark(tx, c.get('user'), id);
      if (intoId === id) throw new ApiFailure(400, 'Impossible de fusionner une zone dans elle-même', 'intoId');
      const into = await findPark(tx, intoId);
      if (!into || into.territoryId !== source.territoryId) {
        throw new ApiFailure(400, 'Zone de destination introuvable dans ce territoire', 'intoId');
      }
      if (into.mergedInto)
        throw new ApiFailure(409, `La zone « ${into.name} » a elle-même été fusionnée : choisissez celle qui la remplace`, 'intoId');
      const park = await updatePark(tx, id, { mergedInto: into.id });
      await redirectMerged(tx, id, into.id);
      return { park, companies: await repointCompanies(tx, source, into) };
    });
    return c.json(body);
  });

  routes.get('/:id/companies', signedIn, async (c) => {
    const id = pathId(c);
    const park = await managedPark(deps.sql, c.get('user'), id);
    const body: ParkCompanies = { companies: await previewCompanies(deps.sql, park) };
    return c.json(body);
  });

  return routes;
}

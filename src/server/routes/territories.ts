// Territories are the programme's frame: only admins create, rename or retire them. Every change
// takes a new revision, so the devices of the territory pull it (routes/reference.ts).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { referenceIssue } from '../../domain/park';
import { IdSchema } from '../../domain/record';
import { NewTerritorySchema, TerritoryUpdateSchema } from '../../domain/territory-admin';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { nudgeAfterWrites } from '../live/nudge';
import { readBody } from '../http/validate';
import { withRevisionLock } from '../reference/parks-repo';
import { requireTerritoryAdmin } from '../reference/permissions';
import { findTerritory, insertTerritory, setTerritoryOutline, updateTerritory } from '../reference/territories-repo';
import { outlineFromGeoJson } from '../../domain/map/outline';

export const readReferenceBody = <S extends z.ZodType>(c: Context, schema: S) => readBody(c, schema, referenceIssue);

/** The :id of the path, checked like any other input (400, never a 500). */
export function pathId(c: Context): string {
  const id = IdSchema.safeParse(c.req.param('id'));
  if (!id.success) throw new ApiFailure(400, 'Identifiant invalide', 'id');
  return id.data;
}

export function territoryRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  routes.use('*', nudgeAfterWrites(deps));
  const signedIn = requireUser(deps);

  routes.post('/', signedIn, async (c) => {
    requireTerritoryAdmin(c.get('user'));
    const input = await readReferenceBody(c, NewTerritorySchema);
    const territory = await withRevisionLock(deps.sql, (tx) => insertTerritory(tx, input));
    return c.json(territory, 201);
  });

  routes.patch('/:id', signedIn, async (c) => {
    requireTerritoryAdmin(c.get('user'));
    const id = pathId(c);
    const changes = await readReferenceBody(c, TerritoryUpdateSchema);
    const territory = await withRevisionLock(deps.sql, async (tx) => {
      if (!(await findTerritory(tx, id))) throw new ApiFailure(404, 'Territoire introuvable', 'id');
      return updateTerritory(tx, id, changes);
    });
    return c.json(territory);
  });

  // The outline (GeoJSON) the map draws: checked and normalised here, sent with the reference data.
  routes.put('/:id/outline', signedIn, async (c) => {
    requireTerritoryAdmin(c.get('user'));
    const id = pathId(c);
    const read = outlineFromGeoJson(await readReferenceBody(c, z.unknown()));
    if (!read.ok) throw new ApiFailure(400, read.error, 'outline');
    const territory = await withRevisionLock(deps.sql, async (tx) => {
      if (!(await findTerritory(tx, id))) throw new ApiFailure(404, 'Territoire introuvable', 'id');
      return setTerritoryOutline(tx, id, read.outline);
    });
    return c.json(territory);
  });

  routes.delete('/:id/outline', signedIn, async (c) => {
    requireTerritoryAdmin(c.get('user'));
    const id = pathId(c);
    const territory = await withRevisionLock(deps.sql, async (tx) => {
      if (!(await findTerritory(tx, id))) throw new ApiFailure(404, 'Territoire introuvable', 'id');
      return setTerritoryOutline(tx, id, null);
    });
    return c.json(territory);
  });

  return routes;
}

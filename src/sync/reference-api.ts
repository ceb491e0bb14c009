// The reference-data endpoints: the pull of territories and parks, proposals, and the management
// calls of the Territoires page (referents and admins; online only). Failures are French values.
import { z } from 'zod';
import {
  NewParkSchema,
  ParkChangeSchema,
  ParkCompaniesSchema,
  ParkMergeSchema,
  ParkProposalSchema,
  ParkUpdateSchema,
  referenceIssue,
  type NewPark,
  type ParkProposal,
  type ParkUpdate,
} from '../domain/park';
import { parkPath, REFERENCE_ROUTES, ReferenceResponseSchema, territoryOutlinePath, territoryPath } from '../domain/reference-data';
import { TerritorySchema } from '../domain/territory';
import { NewTerritorySchema, TerritoryUpdateSchema, type NewTerritory, type TerritoryUpdate } from '../domain/territory-admin';
import { authedCaller, checkBody, jsonInit, sessionToken } from './authed-call';
import type { FetchLike } from './transport';

const NO_SESSION = 'Non connecté : connectez-vous pour gérer les territoires et les zones';

export type ReferenceApi = ReturnType<typeof createReferenceApi>;

export function createReferenceApi(
  baseUrl = '',
  fetchImpl: FetchLike = (i, r) => fetch(i, r),
  token: () => Promise<string | undefined> = sessionToken,
) {
  const call = authedCaller(baseUrl, fetchImpl, token, NO_SESSION);
  const send = <S extends z.ZodType, A extends z.ZodType>(path: string, method: string, bodySchema: S, input: unknown, answer: A) => {
    const body = checkBody(bodySchema, input, referenceIssue);
    return body.ok ? call(path, jsonInit(method, body.value), answer) : Promise.resolve(body);
  };
  return {
    pull: (since: number, scope: string) =>
      call(
        `${REFERENCE_ROUTES.reference}?${new URLSearchParams({ since: String(since), scope })}`,
        { method: 'GET' },
        ReferenceResponseSchema,
      ),
    propose: (p: ParkProposal) => send(REFERENCE_ROUTES.proposals, 'POST', ParkProposalSchema, p, ParkChangeSchema),
    createPark: (p: NewPark) => send(REFERENCE_ROUTES.parks, 'POST', NewParkSchema, p, ParkChangeSchema),
    updatePark: (id: string, u: ParkUpdate) => send(parkPath(id), 'PATCH', ParkUpdateSchema, u, ParkChangeSchema),
    confirmPark: (id: string) => call(parkPath(id, 'confirm'), { method: 'POST' }, ParkChangeSchema),
    mergePark: (id: string, intoId: string) => send(parkPath(id, 'merge'), 'POST', ParkMergeSchema, { intoId }, ParkChangeSchema),
    parkCompanies: (id: string) => call(parkPath(id, 'companies'), { method: 'GET' }, ParkCompaniesSchema),
    createTerritory: (t: NewTerritory) => send(REFERENCE_ROUTES.territories, 'POST', NewTerritorySchema, t, TerritorySchema),
    updateTerritory: (id: string, u: TerritoryUpdate) => send(territoryPath(id), 'PATCH', TerritoryUpdateSchema, u, TerritorySchema),
    /** The outline as the admin's GeoJSON: the server checks it (map/outline.ts) and answers the territory. */
    setTerritoryOutline: (id: string, geojson: unknown) => call(territoryOutlinePath(id), jsonInit('PUT', geojson), TerritorySchema),
    removeTerritoryOutline: (id: string) => call(territoryOutlinePath(id), { method: 'DELETE' }, TerritorySchema),
  };
}

export const referenceApi: ReferenceApi = createReferenceApi();

// How territories and business parks reach devices: a small endpoint that answers what changed
// after the device's cursor, for the territories the account may see, and the park API's paths.
import { z } from 'zod';
import { API_PREFIX } from './api';
import { ParkSchema } from './park';
import { TerritorySchema } from './territory';

export const REFERENCE_ROUTES = {
  /** GET ?since&scope → ReferenceResponse */
  reference: `${API_PREFIX}/reference`,
  /** POST NewPark (admin, referent) → ParkChange */
  parks: `${API_PREFIX}/parks`,
  /** POST ParkProposal (anyone of the territory) → ParkChange */
  proposals: `${API_PREFIX}/parks/proposals`,
  /** POST NewTerritory (admin) → Territory */
  territories: `${API_PREFIX}/territories`,
} as const;

/** /parks/:id, /parks/:id/confirm, /parks/:id/merge, /parks/:id/companies */
export const parkPath = (id: string, action?: 'confirm' | 'merge' | 'companies') =>
  `${REFERENCE_ROUTES.parks}/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
export const territoryPath = (id: string) => `${REFERENCE_ROUTES.territories}/${encodeURIComponent(id)}`;
/** PUT GeoJSON (admin) → Territory with its outline (map/outline.ts); DELETE removes it. */
export const territoryOutlinePath = (id: string) => `${territoryPath(id)}/outline`;

export const ReferenceQuerySchema = z.object({
  since: z.coerce
    .number({ error: 'Curseur invalide' })
    .int('Curseur invalide')
    .nonnegative('Curseur invalide')
    .max(Number.MAX_SAFE_INTEGER, 'Curseur invalide')
    .default(0),
  /** The scope the device's cursor was taken under; another scope (new territories) means start over. */
  scope: z.string().max(128, 'Périmètre invalide').default(''),
});

export const ReferenceResponseSchema = z.object({
  territories: z.array(TerritorySchema),
  parks: z.array(ParkSchema),
  cursor: z.number().int().nonnegative(),
  scope: z.string(),
  /** True when everything of the scope is sent (first pull, or the account's territories changed). */
  full: z.boolean(),
});
export type ReferenceResponse = z.infer<typeof ReferenceResponseSchema>;

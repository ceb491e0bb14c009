// An admin loads a territory's outline as GeoJSON: checked and normalised by the server (WGS 84
// degrees, closed rings, a cap on points), sent to the territory's devices by the reference pull,
// removable; anyone else is refused, and a bad file gets a French reason, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_ROUTES, territoryOutlinePath, type ReferenceResponse } from '../../src/domain/reference-data';
import { startApiApp, type ApiApp } from './helpers/api-app';

const DIJON = 'dijon-metropole';
let api: ApiApp;
let admin: string;
let advisor: string;

const square = (lon: number, lat: number, d = 0.1) => [
  [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat],
  ],
];

beforeAll(async () => {
  api = await startApiApp();
  await api.addUser('admin@test.fr', [], 'admin');
  await api.addUser('conseil@test.fr', [DIJON]);
  admin = await api.token('admin@test.fr');
  advisor = await api.token('conseil@test.fr');
});
afterAll(() => api.dispose());

const put = (token: string, body: unknown) => api.request(territoryOutlinePath(DIJON), { method: 'PUT', token, json: body });
const pulled = async () =>
  (
    (await (await api.request(`${REFERENCE_ROUTES.reference}?since=0&scope=`, { token: advisor })).json()) as ReferenceResponse
  ).territories.find((t) => t.id === DIJON);

describe('territory outlines', () => {
  it('stores a FeatureCollection of polygons as one MultiPolygon that devices pull', async () => {
    const res = await put(admin, {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { nom: 'Dijon' }, geometry: { type: 'Polygon', coordinates: square(5.0123456, 47.3) } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [square(5.2, 47.3)] } },
      ],
    });
    expect(res.status).toBe(200);
    const territory = await pulled();
    expect(territory?.outline).toEqual({
      type: 'MultiPolygon',
      coordinates: [square(5.01235, 47.3), square(5.2, 47.3)].map((p) =>
        p.map((r) => r.map(([x, y]) => [Math.round(x! * 1e5) / 1e5, Math.round(y! * 1e5) / 1e5])),
      ),
    });
  });

  it('refuses what is not an outline, with the reason', async () => {
    const lambert = await put(admin, { type: 'Polygon', coordinates: square(850000, 6690000, 1000) });
    expect(lambert.status).toBe(400);
    expect(((await lambert.json()) as { error: string }).error).toMatch(/WGS 84/);
    const open = await put(admin, {
      type: 'Polygon',
      coordinates: [
        [
          [5, 47],
          [5.1, 47],
          [5.1, 47.1],
          [5, 47.1],
        ],
      ],
    });
    expect(((await open.json()) as { error: string }).error).toMatch(/fermé/);
    expect((await put(admin, { type: 'Point', coordinates: [5, 47] })).status).toBe(400);
    expect((await put(admin, 'pas du geojson')).status).toBe(400);
    // Still the outline loaded before.
    expect((await pulled())?.outline).toBeDefined();
  });

  it('is the admins’ alone, and can be removed', async () => {
    expect((await put(advisor, { type: 'Polygon', coordinates: square(5, 47) })).status).toBe(403);
    const removed = await api.request(territoryOutlinePath(DIJON), { method: 'DELETE', token: admin });
    expect(removed.status).toBe(200);
    expect((await pulled())?.outline).toBeUndefined();
  });
});

// An admin loads a territory's outline from a GeoJSON file: a file in Lambert 93 (not degrees) is
// refused on the device with the reason and nothing is sent; a valid one is sent normalised and
// the territory the server answers is stored, so the map draws it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { DEFAULT_TERRITORIES } from '../../../src/domain';
import { freshDatabase } from '../../fixtures/db';

const sent: unknown[] = [];
vi.mock('../../../src/sync/reference-api', () => ({
  referenceApi: {
    setTerritoryOutline: async (id: string, outline: unknown) => {
      sent.push(outline);
      return { ok: true, value: { ...DEFAULT_TERRITORIES.find((t) => t.id === id)!, rev: 9, outline } };
    },
    removeTerritoryOutline: async () => ({ ok: false, error: { message: 'non testé' } }),
  },
}));
vi.mock('../../../src/sync', () => ({ syncNow: async () => undefined }));

const { OutlineField } = await import('../../../src/ui/map/OutlineField');
const dijon = DEFAULT_TERRITORIES[0]!;
let db: SynergiesDB;

beforeEach(async () => {
  db = await freshDatabase();
  sent.length = 0;
});
afterEach(() => {
  cleanup();
  db.close();
});

const square = (lon: number, lat: number, d: number) => [
  [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat],
  ],
];
const pick = (geojson: unknown) => {
  const input = screen.getByLabelText(/Charger le contour/) as HTMLInputElement;
  const file = new File([JSON.stringify(geojson)], 'contour.geojson', { type: 'application/geo+json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

describe('the outline field', () => {
  it('refuses projected coordinates on the device and sends nothing', async () => {
    render(<OutlineField territory={dijon} admin />);
    expect(screen.getByText('Pas de contour sur la carte.')).toBeTruthy();
    pick({ type: 'Polygon', coordinates: square(850000, 6690000, 1000) });
    await screen.findByText(/WGS 84/);
    expect(sent).toEqual([]);
  });

  it('sends a valid outline and stores the territory the server answers', async () => {
    render(<OutlineField territory={dijon} admin />);
    pick({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square(5.0123456, 47.3, 0.1) } });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [5.01235, 47.3],
            [5.11235, 47.3],
            [5.11235, 47.4],
            [5.01235, 47.4],
            [5.01235, 47.3],
          ],
        ],
      ],
    });
    await waitFor(async () => expect((await db.territories.get(dijon.id))?.outline).toEqual(sent[0]));
  });

  it('shows the others whether there is an outline, with no way to change it', () => {
    render(<OutlineField territory={{ ...dijon, outline: { type: 'MultiPolygon', coordinates: [square(5, 47, 0.1)] } }} admin={false} />);
    expect(screen.getByText('Contour sur la carte : 5 points.')).toBeTruthy();
    expect(screen.queryByLabelText(/contour \(GeoJSON\)/)).toBeNull();
  });
});

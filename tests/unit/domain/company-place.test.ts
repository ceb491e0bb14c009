// Where matching places a company with no coordinates: its park's centre, else its territory's
// (the mean of its parks' centres), else nowhere — and what the screens then say of it.
import { describe, expect, it } from 'vitest';
import { PlaceIndex } from '../../../src/domain/company-place';
import { findResource, parkNameKey } from '../../../src/domain';
import { positionText } from '../../../src/ui/workshops/PositionNote';

const park = (id: string, name: string, center?: { lat: number; lon: number }, extra: Record<string, string> = {}) => ({
  id,
  territoryId: 'dijon-metropole',
  nameKey: parkNameKey(name),
  ...(center ? { center } : {}),
  ...extra,
});
const places = new PlaceIndex([
  park('cap-nord', 'Cap Nord', { lat: 47.35, lon: 5.02 }),
  park('grand-sud', 'Grand Sud', { lat: 47.29, lon: 5.04 }),
  park('vieux-nom', 'Ancienne zone', undefined, { mergedInto: 'cap-nord' }),
  park('sans-centre', 'Zone sans centre'),
]);

describe('placing a company without coordinates', () => {
  it('keeps its own position when it has one', () => {
    expect(places.placeOf({ territoryId: 'dijon-metropole', zone: 'Cap Nord', location: { lat: 1, lon: 2 } })).toEqual({
      source: 'own',
      location: { lat: 1, lon: 2 },
    });
  });

  it('puts it at its park’s centre, found by id (through a merge) or by name', () => {
    expect(places.placeOf({ territoryId: 'dijon-metropole', zone: '', parkId: 'vieux-nom' })).toMatchObject({
      source: 'park',
      parkId: 'cap-nord',
    });
    expect(places.placeOf({ territoryId: 'dijon-metropole', zone: 'cap  NORD' })).toMatchObject({
      source: 'park',
      location: { lat: 47.35, lon: 5.02 },
    });
  });

  it('falls back to its territory’s centre, and says so; nowhere in a territory with no known park', () => {
    const place = places.placeOf({ territoryId: 'dijon-metropole', zone: 'Zone sans centre' });
    expect(place.source).toBe('territory');
    expect(place.location!.lat).toBeCloseTo(47.32, 6);
    expect(positionText(place)).toMatch(/^Sans position : rapprochements limités — placée au centre du territoire/);
    const nowhere = places.placeOf({ territoryId: 'cc-grand-charolais', zone: '' });
    expect(nowhere).toEqual({ source: 'none' });
    expect(positionText(nowhere)).toMatch(/pas de rapprochement possible/);
    expect(
      places.placed<{ territoryId: string; zone: string; location?: { lat: number; lon: number } }>({
        territoryId: 'cc-grand-charolais',
        zone: '',
      }).location,
    ).toBeUndefined();
    expect(positionText({ source: 'own' })).toBeUndefined();
  });

  it('lets a company placed at its territory’s centre reach as far again as the territory spreads', () => {
    const somewhere = { territoryId: 'dijon-metropole', zone: 'Zone sans centre' };
    const card: { resourceCode: string; maxDistanceKm?: number } = { resourceCode: 'mat.cardboard' };
    const [wide] = places.widened(somewhere, [card]);
    const spread = places.placeOf(somewhere).extraReachKm!;
    // Cap Nord and Grand Sud are ~6.9 km apart: each ~3.4 km from the centre, so the floor of 10 km holds.
    expect(spread).toBe(10);
    expect(wide!.maxDistanceKm).toBe(findResource('mat.cardboard')!.maxDistanceKm + 10);
    // A regulated reach (collective self-consumption: 2, 10 or 20 km) is never widened.
    const solar = { resourceCode: 'nrj.local-renewable' };
    expect(places.widened(somewhere, [solar])[0]).toEqual(solar);
    // Placed at its park, or located: its reach is its own.
    expect(places.widened({ territoryId: 'dijon-metropole', zone: 'Cap Nord' }, [card])[0]).toEqual(card);
  });
});

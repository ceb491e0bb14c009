// A company met at a workshop, with a name and a park but no coordinates, matches beyond its park:
// the matcher reads it at its park's centre (the worker's read of the base places it).
import { describe, expect, it } from 'vitest';
import { MatchEngine } from '../../../src/matching/engine';
import { readMatchInput } from '../../../src/matching/read-base';
import { company, flux } from '../../fixtures/matching';
import { freshDatabase } from '../../fixtures/db';

describe('companies without coordinates, read for matching', () => {
  it('are placed at their park’s centre and match a company 3 km away', async () => {
    const database = await freshDatabase();
    // The park's centre is 3 km east of the origin, where the located company is.
    const located = company('co-located', 'Imprimerie Bertin', 0);
    const met = company('co-met', 'Cartonnages Morel', null, 0, { zone: 'Cap Nord' });
    const centre = company('x', 'x', 3).location!;
    await database.parks.put({
      id: 'cap-nord',
      territoryId: 'dijon-metropole',
      name: 'Cap Nord',
      nameKey: 'cap nord',
      center: centre,
      status: 'confirmed',
      createdAt: 0,
      updatedAt: 0,
      rev: 0,
    });
    await database.companies.bulkPut([located, met].map((c) => ({ ...c, searchKey: c.name.toLowerCase() })) as never);
    await database.flux.bulkPut([flux('f1', 'co-met', 'mat.cardboard', 'offer'), flux('f2', 'co-located', 'mat.cardboard', 'need')]);

    const input = await readMatchInput(database.name);
    expect(input.companies.find((c) => c.id === 'co-met')!.location).toEqual(centre);
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load(input);
    const [s] = engine.synergies().filter((x) => x.kind === 'substitution');
    expect(s!.companyIds.sort()).toEqual(['co-located', 'co-met']);
    expect(s!.distanceKm).toBeCloseTo(3, 1);
  });

  it('reach further when placed at their territory’s centre only', async () => {
    const database = await freshDatabase();
    await database.parks.put({
      id: 'cap-nord',
      territoryId: 'dijon-metropole',
      name: 'Cap Nord',
      nameKey: 'cap nord',
      center: company('x', 'x', 3).location!,
      status: 'confirmed',
      createdAt: 0,
      updatedAt: 0,
      rev: 0,
    });
    const nowhere = company('co-nowhere', 'Garage Sans Zone', null);
    await database.companies.put({ ...nowhere, searchKey: 'garage' } as never);
    await database.flux.put(flux('f-nowhere', 'co-nowhere', 'mat.cardboard', 'offer'));
    const input = await readMatchInput(database.name);
    expect(input.companies[0]!.location).toEqual(company('x', 'x', 3).location);
    expect(input.flux[0]!.maxDistanceKm).toBeGreaterThan(0);
    expect(input.flux[0]!.maxDistanceKm).toBe((await import('../../../src/domain')).findResource('mat.cardboard')!.maxDistanceKm + 10);
  });
});

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
    // Its distance is its park's: the sentence says so instead of printing one.
    expect(s!.explanation).not.toMatch(/\bkm\b/);
    expect(s!.explanation).toContain('position de Cartonnages Morel : zone d’activités Cap Nord ; distance à vérifier');
  });

  it('print no distance in a sentence for companies placed at a park’s or a territory’s centre', () => {
    const centre = company('x', 'x', 3).location!;
    const atPark = (id: string, name: string, zone: string) => ({
      ...company(id, name, null, 0, { zone }),
      location: centre,
      placedBy: 'park' as const,
    });
    const companies = [
      atPark('co-a', 'Cartonnages Morel', 'Cap Nord'),
      atPark('co-b', 'Imprimerie Bertin', 'Cap Nord'),
      { ...company('co-c', 'Garage Sans Zone', null), location: centre, placedBy: 'territory' as const },
      company('co-d', 'Menuiserie Lamy', 3.4),
    ];
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load({
      companies,
      flux: [
        flux('f-a', 'co-a', 'mat.cardboard', 'offer'),
        flux('f-b', 'co-b', 'mat.cardboard', 'need'),
        flux('f-c', 'co-c', 'mat.wood-pallets', 'offer'),
        flux('f-d', 'co-d', 'mat.wood-pallets', 'need'),
        flux('f-a2', 'co-a', 'mat.wood-pallets', 'offer'),
      ],
    });
    const all = engine.synergies();
    const text = (a: string, b: string) => all.find((s) => s.fluxIds.includes(a) && s.fluxIds.includes(b))!.explanation;
    // Both placed by the same park: what is known is the park.
    expect(text('f-a', 'f-b')).toContain('dans la même zone d’activités qu’Imprimerie Bertin');
    // Placed by its territory, 0.4 km from a located company: no « à moins de 1 km ».
    expect(text('f-c', 'f-d')).toContain(
      'à portée de Menuiserie Lamy (position de Garage Sans Zone : centre de son territoire ; distance à vérifier)',
    );
    for (const s of all) expect(s.explanation).not.toMatch(/moins de \d+ km|à \d+ km/);
    // Cards say « position approchée » instead of a distance.
    expect(all.every((s) => s.approximatePlace === true)).toBe(true);
    // The collection round of pallets (a park-placed and a territory-placed giver) says what is known too.
    const round = all.find((s) => s.kind === 'mutualisation' && s.fluxIds.includes('f-c'));
    expect(round?.explanation).toContain('distances à vérifier');
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

// The map page's selection: the Synergies filters' territory narrows the companies and parks too,
// colours follow the chosen mode, synergies drawn are those the filters kept, and the visible area
// narrows both lists (a synergy stays listed while one of its companies is in view).
import { describe, expect, it } from 'vitest';
import type { Synergy } from '../../../src/domain';
import { inView, linesOverlay, selectForMap } from '../../../src/ui/map/map-overlays';
import type { MapBase, MapCompany } from '../../../src/ui/map/use-map-data';

const co = (id: string, territoryId: string, lat?: number, lon = 5): MapCompany => ({
  id,
  name: id,
  territoryId,
  zone: '',
  location: lat === undefined ? undefined : { lat, lon },
});
const base: MapBase = {
  companies: [co('a', 'dijon', 47.3), co('b', 'dijon', 47.35), co('c', 'creusot', 46.8, 4.4), co('d', 'dijon')],
  parks: [
    {
      id: 'p1',
      territoryId: 'dijon',
      name: 'Cap Nord',
      nameKey: 'cap nord',
      status: 'confirmed',
      center: { lat: 47.35, lon: 5.03 },
      createdAt: 0,
      updatedAt: 0,
      rev: 0,
    },
    {
      id: 'p2',
      territoryId: 'creusot',
      name: 'Le Breuil',
      nameKey: 'le breuil',
      status: 'confirmed',
      center: { lat: 46.8, lon: 4.4 },
      createdAt: 0,
      updatedAt: 0,
      rev: 0,
    },
  ],
  balance: new Map([
    ['a', 'offer'],
    ['b', 'need'],
  ]),
  followup: new Map([['a', 'implemented']]),
};
const syn = (id: string, companyIds: string[]): Synergy => ({
  id,
  kind: 'substitution',
  family: 'materials',
  resourceCodes: ['mat.cardboard'],
  fluxIds: companyIds.map((c) => `f-${c}`),
  companyIds,
  territoryIds: ['dijon'],
  score: 70,
  scoreParts: { resource: 100, quantity: 50, distance: 50, timing: 100 },
  distanceKm: 5,
  explanation: `${companyIds.join(' → ')}`,
  computedAt: 0,
});

describe('what the map shows', () => {
  it('narrows companies and parks to the territory filter and colours by the chosen mode', () => {
    const all = selectForMap(base, [syn('s1', ['a', 'b'])], { territoryId: '', colour: 'flux' });
    expect(all.companies.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(all.unplaced).toBe(1);
    expect(all.overlays.parks.features).toHaveLength(2);
    const dijon = selectForMap(base, [syn('s1', ['a', 'b'])], { territoryId: 'dijon', colour: 'followup' });
    expect(dijon.companies.map((c) => c.id)).toEqual(['a', 'b', 'd']);
    expect(dijon.overlays.parks.features).toHaveLength(1);
    const categories = (dijon.overlays.companies.features as { properties: { id: string; category: string } }[]).map((f) => [
      f.properties.id,
      f.properties.category,
    ]);
    expect(categories).toEqual([
      ['a', 'implemented'],
      ['b', 'none'],
    ]);
    expect(dijon.bounds![1]).toBeLessThan(47.3);
    expect(dijon.bounds![3]).toBeGreaterThan(47.35);
  });

  it('draws the synergies the filters kept, and the visible area narrows both lists', () => {
    const selection = selectForMap(base, [syn('s1', ['a', 'b']), syn('s2', ['b', 'c'])], { territoryId: '', colour: 'flux' });
    expect(selection.overlays.synergies.features).toHaveLength(2);
    const byId = new Map(base.companies.map((c) => [c.id, c]));
    const north = inView(selection, [4.9, 47.32, 5.1, 47.4], byId);
    expect(north.companies.map((c) => c.id)).toEqual(['b']);
    expect(north.synergies.map((s) => s.id)).toEqual(['s1', 's2']);
    const south = inView(selection, [4.9, 47.25, 5.1, 47.31], byId);
    expect(south.synergies.map((s) => s.id)).toEqual(['s1']);
    expect(inView(selection, undefined, byId).companies).toHaveLength(4);
  });

  it('companies first: without their lines yet, the lists still hold every synergy, and the lines come built once', () => {
    const kept = [syn('s1', ['a', 'b']), syn('s2', ['b', 'c'])];
    const first = selectForMap(base, kept, { territoryId: '', colour: 'flux', lines: false });
    expect(first.overlays.synergies.features).toEqual([]);
    expect(first.synergies.map((s) => s.id)).toEqual(['s1', 's2']);
    const lines = linesOverlay(kept, base.companies);
    expect(lines.features).toHaveLength(2);
    expect(linesOverlay(kept, base.companies)).toBe(lines);
  });

  it('opened from a company or a follow-up, keeps only the companies concerned', () => {
    const fromCompany = selectForMap(base, [syn('s1', ['a', 'b'])], {
      territoryId: '',
      colour: 'flux',
      focus: { companyId: 'd', synergyId: '' },
    });
    expect(fromCompany.companies.map((c) => c.id)).toEqual(['a', 'b', 'd']);
    const fromFollowup = selectForMap(base, [syn('s2', ['b', 'c'])], {
      territoryId: '',
      colour: 'flux',
      focus: { companyId: '', synergyId: 's2' },
    });
    expect(fromFollowup.companies.map((c) => c.id)).toEqual(['b', 'c']);
  });
});

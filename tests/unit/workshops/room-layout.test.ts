// The room picture at the projector: tables (or parks) as boxes, names in rows that never overlap
// and stay inside the picture, readable at 40 companies.
import { describe, expect, it } from 'vitest';
import { fitLabel, layoutRoom, roomGroups, type RoomPicture } from '../../../src/ui/workshops/room-layout';

const companies = (n: number, zone = (i: number) => `Parc ${i % 3}`) =>
  Array.from({ length: n }, (_, i) => ({ id: `co-${i}`, name: `Entreprise numéro ${String(i).padStart(2, '0')} SARL`, zone: zone(i) }));

/** Each label's box: from its dot to the end of its text, at the picture's font size. */
function labelBoxes(p: RoomPicture) {
  return p.nodes.map((n) => ({
    x0: n.x - 12,
    x1: n.x + p.fontSize * 0.5 + n.label.length * p.fontSize * 0.56,
    y0: n.y - p.fontSize,
    y1: n.y + p.fontSize * 0.25,
  }));
}

describe('room picture', () => {
  it('draws the tables in their order, then those not seated; by park when nobody is seated', () => {
    const cs = companies(7);
    const seated = roomGroups(
      {
        companyIds: cs.map((c) => c.id),
        tables: [
          { id: 't2', name: 'Table 2', companyIds: ['co-3', 'co-1'] },
          { id: 't1', name: 'Table 1', companyIds: ['co-0'] },
        ],
      },
      cs,
    );
    expect(seated.map((g) => [g.name, g.companyIds])).toEqual([
      ['Table 2', ['co-1', 'co-3']],
      ['Table 1', ['co-0']],
      ['Sans table', ['co-2', 'co-4', 'co-5', 'co-6']],
    ]);
    const byPark = roomGroups({ companyIds: cs.map((c) => c.id), tables: [{ id: 't1', name: 'Table 1', companyIds: [] }] }, cs);
    expect(byPark.map((g) => g.name)).toEqual(['Parc 0', 'Parc 1', 'Parc 2']);
  });

  it('keeps 40 names apart, inside the picture, at a size read from the back of the room', () => {
    for (const tables of [0, 8]) {
      const cs = companies(40);
      const seating = {
        companyIds: cs.map((c) => c.id),
        tables: Array.from({ length: tables }, (_, t) => ({
          id: `t${t}`,
          name: `Table ${t + 1}`,
          companyIds: cs.filter((_, i) => i % tables === t).map((c) => c.id),
        })),
      };
      const p = layoutRoom(roomGroups(seating, cs), new Map(cs.map((c) => [c.id, c.name])));
      expect(p.nodes).toHaveLength(40);
      // ≥ 28 units of a 1600-wide picture: ≥ 20 px on the projector's half of a 1920-px wall.
      expect(p.fontSize).toBeGreaterThanOrEqual(28);
      const boxes = labelBoxes(p);
      for (const [i, a] of boxes.entries()) {
        expect(a.x0).toBeGreaterThanOrEqual(0);
        expect(a.x1).toBeLessThanOrEqual(p.width);
        expect(a.y0).toBeGreaterThanOrEqual(0);
        expect(a.y1).toBeLessThanOrEqual(p.height);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
          expect(apart).toBe(true);
        }
      }
    }
  });

  it('cuts a long name at a word, with « … »', () => {
    expect(fitLabel('Garage Dupont', 20)).toBe('Garage Dupont');
    expect(fitLabel('Établissements Lefort-Duchêne et Compagnie', 22)).toBe('Établissements…');
    expect(fitLabel('Chaudronnerieindustrielle', 10)).toBe('Chaudronn…');
  });
});

import { describe, expect, it } from 'vitest';
import { FAMILIES, TAXONOMY, UNITS, feedableNeeds, findResource } from '../../../src/domain';

describe('taxonomy', () => {
  it('has at least 60 resource types', () => {
    expect(TAXONOMY.length).toBeGreaterThanOrEqual(60);
  });

  it('has unique codes', () => {
    const codes = TAXONOMY.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('covers every family, each with an "other" entry', () => {
    for (const family of FAMILIES) {
      const ofFamily = TAXONOMY.filter((r) => r.family === family);
      expect(ofFamily.length, family).toBeGreaterThanOrEqual(8);
      expect(ofFamily.filter((r) => r.isOther)).toHaveLength(1);
    }
  });

  it('only declares compatibilities towards existing needs', () => {
    for (const r of TAXONOMY) {
      for (const target of r.feeds) {
        const need = findResource(target);
        expect(need, `${r.code} → ${target}`).toBeDefined();
        expect(need!.directions, `${r.code} → ${target}`).toContain('need');
      }
    }
  });

  it('gives every entry a known default unit, a positive reach and a direction', () => {
    for (const r of TAXONOMY) {
      expect(UNITS[r.defaultUnit], r.code).toBeDefined();
      expect(r.maxDistanceKm, r.code).toBeGreaterThan(0);
      expect(r.directions.length, r.code).toBeGreaterThan(0);
      expect(r.code.startsWith({ energy: 'nrj.', water: 'eau.', materials: 'mat.', logistics: 'log.', skills: 'comp.' }[r.family]), r.code).toBe(true);
    }
  });

  it('uses well-formed European Waste Catalogue codes', () => {
    for (const r of TAXONOMY.filter((x) => x.wasteCode)) {
      expect(r.wasteCode, r.code).toMatch(/^\d{2} \d{2} \d{2}\*?$/);
    }
  });

  it('covers what real programmes find first', () => {
    const mustHave = [
      'mat.cardboard', 'mat.wood-pallets', 'mat.wood-offcuts', 'mat.plastic-film', 'mat.plastic-rigid',
      'mat.scrap-metal', 'mat.weee', 'mat.biowaste', 'mat.used-oil', 'mat.solvents', 'nrj.waste-heat',
      'nrj.steam', 'nrj.cold', 'nrj.electricity', 'nrj.natural-gas', 'eau.process-water', 'eau.rainwater',
      'eau.treated-wastewater', 'log.shared-delivery', 'log.storage', 'log.spare-premises', 'log.forklift',
      'log.compactor', 'log.skips', 'comp.training-sst', 'comp.training-electrical', 'comp.training-caces',
      'comp.shared-employee', 'comp.carpooling', 'comp.recruitment',
    ];
    for (const code of mustHave) expect(findResource(code), code).toBeDefined();
  });

  it('lets waste heat feed heating needs and wood offcuts feed biomass', () => {
    expect(feedableNeeds('nrj.waste-heat')).toEqual(expect.arrayContaining(['nrj.process-heat', 'nrj.space-heating']));
    expect(feedableNeeds('mat.wood-offcuts')).toContain('nrj.biomass');
    expect(feedableNeeds('unknown')).toEqual([]);
  });

  it('marks group purchase, shared collection, training and carpooling as mutualisable', () => {
    expect(findResource('nrj.electricity')?.mutualisation).toBe('group-purchase');
    expect(findResource('mat.cardboard')?.mutualisation).toBe('shared-collection');
    expect(findResource('comp.training-sst')?.mutualisation).toBe('shared-training');
    expect(findResource('comp.carpooling')?.mutualisation).toBe('carpooling');
    expect(findResource('nrj.waste-heat')?.mutualisation).toBeUndefined();
  });
});

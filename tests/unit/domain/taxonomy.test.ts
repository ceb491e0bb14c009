import { describe, expect, it } from 'vitest';
import {
  FAMILIES,
  MUTUALISED_DIRECTION,
  TAXONOMY,
  UNITS,
  feedableNeeds,
  findResource,
  isHazardous,
  isWaste,
  recoveryOperationsFor,
} from '../../../src/domain';

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
      expect(
        r.code.startsWith({ energy: 'nrj.', water: 'eau.', materials: 'mat.', logistics: 'log.', skills: 'comp.' }[r.family]),
        r.code,
      ).toBe(true);
    }
  });

  it('uses well-formed European Waste Catalogue codes', () => {
    for (const r of TAXONOMY.filter((x) => x.wasteCode)) {
      expect(r.wasteCode, r.code).toMatch(/^\d{2} \d{2} \d{2}\*?$/);
    }
  });

  it('lets every waste be given away or accepted as input, with the recovery operations that fit it', () => {
    const wastes = TAXONOMY.filter(isWaste);
    expect(wastes.length).toBeGreaterThanOrEqual(30);
    for (const r of wastes) {
      expect(r.directions, r.code).toEqual(['need', 'offer']);
      expect(r.recovery?.length, r.code).toBeGreaterThan(0);
      expect(recoveryOperationsFor(r), r.code).toEqual(expect.arrayContaining(['R12', 'R13']));
    }
    expect(recoveryOperationsFor(findResource('nrj.electricity')!)).toEqual([]);
    expect(findResource('mat.scrap-metal')!.recovery).toContain('R4');
    expect(findResource('mat.biowaste')!.recovery).toContain('R3');
    expect(findResource('mat.glass')!.recovery).toContain('R5');
    expect(findResource('mat.mixed-waste')!.recovery).toContain('R1');
  });

  it('marks hazardous waste by its LER asterisk', () => {
    const hazardous = TAXONOMY.filter(isHazardous).map((r) => r.code);
    expect(hazardous).toEqual(
      expect.arrayContaining([
        'mat.batteries',
        'mat.used-oil',
        'mat.solvents',
        'mat.soiled-packaging',
        'mat.fluorescent-lamps',
        'mat.paint-waste',
        'mat.absorbents',
      ]),
    );
    expect(hazardous).not.toContain('mat.weee');
  });

  it('shares each mutualisable resource in a direction it can be recorded in, collection only for waste', () => {
    for (const r of TAXONOMY.filter((x) => x.mutualisation)) {
      expect(r.directions, r.code).toContain(MUTUALISED_DIRECTION[r.mutualisation!]);
      if (r.mutualisation === 'shared-collection') expect(isWaste(r), r.code).toBe(true);
    }
  });

  it('keeps the LER code of the priority waste', () => {
    const codes = {
      'mat.cardboard': '15 01 01',
      'mat.wood-pallets': '15 01 03',
      'mat.weee': '16 02 14',
      'mat.biowaste': '20 01 08',
      'mat.solvents': '14 06 03*',
      'mat.used-oil': '13 02 05*',
      'mat.scrap-metal': '12 01 01',
      'mat.glass': '15 01 07',
    };
    for (const [code, ler] of Object.entries(codes)) expect(findResource(code)?.wasteCode, code).toBe(ler);
  });

  it('covers the priority flux of real programmes and what recyclers take', () => {
    const priorities = [
      // Regulatory training, group purchase of energy, jobs, commuting, GNV.
      'comp.training-sst',
      'comp.training-caces',
      'comp.training-electrical',
      'comp.training-driving',
      'nrj.electricity',
      'nrj.natural-gas',
      'nrj.fuel-oil',
      'nrj.vehicle-fuel',
      'nrj.gnv-station',
      'comp.recruitment',
      'comp.carpooling',
      'nrj.waste-heat',
      // What recyclers, composting platforms, methanisers and energy recovery take in.
      'mat.methanisation-input',
      'mat.compost',
      'nrj.biomass',
      'mat.mixed-waste',
      'mat.wood-waste',
      'mat.fluorescent-lamps',
      'mat.toner',
      'mat.sludge',
      'mat.plasterboard',
    ];
    for (const code of priorities) expect(findResource(code), code).toBeDefined();
    expect(feedableNeeds('nrj.biogas')).toContain('nrj.gnv-station');
    expect(feedableNeeds('mat.sludge')).toContain('mat.methanisation-input');
  });

  it('covers what real programmes find first', () => {
    const mustHave = [
      'mat.cardboard',
      'mat.wood-pallets',
      'mat.wood-offcuts',
      'mat.plastic-film',
      'mat.plastic-rigid',
      'mat.scrap-metal',
      'mat.weee',
      'mat.biowaste',
      'mat.used-oil',
      'mat.solvents',
      'nrj.waste-heat',
      'nrj.steam',
      'nrj.cold',
      'nrj.electricity',
      'nrj.natural-gas',
      'eau.process-water',
      'eau.rainwater',
      'eau.treated-wastewater',
      'log.shared-delivery',
      'log.storage',
      'log.spare-premises',
      'log.forklift',
      'log.compactor',
      'log.skips',
      'comp.training-sst',
      'comp.training-electrical',
      'comp.training-caces',
      'comp.shared-employee',
      'comp.carpooling',
      'comp.recruitment',
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

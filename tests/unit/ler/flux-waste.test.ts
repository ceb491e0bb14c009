// A flux's waste code (its own, else its vocabulary entry's) and the hazard that follows from it.
import { describe, expect, it } from 'vitest';
import { FluxSchema, TAXONOMY } from '../../../src/domain';
import { fluxWasteCode, fluxWasteHazard, normalizeLerCode } from '../../../src/domain/ler';

const other = TAXONOMY.find((r) => r.isOther && r.family === 'materials')!;
const base = {
  id: 'f1',
  companyId: 'c1',
  createdAt: 1,
  updatedAt: 1,
  rev: 0,
  deleted: false,
  direction: 'offer' as const,
};

describe('a flux’s waste code', () => {
  it('inherits its vocabulary entry’s code', () => {
    expect(fluxWasteCode({ resourceCode: 'mat.cardboard' })).toBe('15 01 01');
    expect(fluxWasteHazard({ resourceCode: 'mat.cardboard' })).toBe('non-hazardous');
    expect(fluxWasteHazard({ resourceCode: 'mat.used-oil' })).toBe('hazardous');
  });

  it('prefers the code the advisor chose', () => {
    const flux = { resourceCode: 'mat.inert-rubble', wasteCode: '17 05 03*' };
    expect(fluxWasteCode(flux)).toBe('17 05 03*');
    expect(fluxWasteHazard(flux)).toBe('hazardous');
  });

  it('treats a free « Autre » waste without a code as possibly hazardous, and with one by its code', () => {
    expect(fluxWasteHazard({ resourceCode: other.code })).toBe('unknown');
    expect(fluxWasteHazard({ resourceCode: other.code, wasteCode: '11 01 09*' })).toBe('hazardous');
    expect(fluxWasteHazard({ resourceCode: other.code, wasteCode: '10 09 08' })).toBe('non-hazardous');
  });

  it('an unknown code is no proof of harmlessness', () => {
    expect(fluxWasteHazard({ resourceCode: other.code, wasteCode: '99 99 99' })).toBe('unknown');
  });

  it('energy, water, logistics and skills carry no waste', () => {
    expect(fluxWasteHazard({ resourceCode: 'nrj.waste-heat' })).toBe('non-hazardous');
    expect(fluxWasteHazard({ resourceCode: 'comp.training-sst' })).toBe('non-hazardous');
  });
});

describe('the vocabulary’s codes', () => {
  it('every entry’s LER code is an entry of the official list, written in its official form (star included)', () => {
    const coded = TAXONOMY.filter((r) => r.wasteCode);
    expect(coded.length).toBeGreaterThan(30);
    for (const r of coded) expect(normalizeLerCode(r.wasteCode!), r.code).toBe(r.wasteCode);
  });
});

describe('the flux schema’s waste code', () => {
  const parse = (wasteCode?: string) =>
    FluxSchema.safeParse({
      ...base,
      family: 'materials',
      resourceCode: other.code,
      label: 'boues',
      wasteCode,
    });

  it('stores a typed code in its official form', () => {
    const r = parse('110109');
    expect(r.success && r.data.wasteCode).toBe('11 01 09*');
  });

  it('refuses a code absent from the list, with a readable message', () => {
    const r = parse('15 01 08');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Code déchet inconnu de la liste officielle/);
  });

  it('an empty code means none, and a flux of the previous version (no field) still loads', () => {
    const r = parse('');
    expect(r.success && r.data.wasteCode).toBeUndefined();
    const old = FluxSchema.safeParse({
      ...base,
      family: 'materials',
      resourceCode: 'mat.cardboard',
    });
    expect(old.success).toBe(true);
    expect(old.success && 'wasteCode' in old.data && old.data.wasteCode !== undefined).toBe(false);
  });
});

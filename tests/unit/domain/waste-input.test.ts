// A waste flux records how it is recovered (R codes that fit it) and, taken in, whether hazardous
// waste is accepted; synergy rows computed before the group rule existed still parse.
import { describe, expect, it } from 'vitest';
import { FluxSchema, SynergySchema, formatZodError } from '../../../src/domain';

const flux = {
  id: 'f-1',
  createdAt: 1,
  updatedAt: 1,
  companyId: 'c-1',
  family: 'materials',
  resourceCode: 'mat.cardboard',
  direction: 'need',
};

describe('recovery operation of a waste flux', () => {
  it('accepts an R code that fits the waste, and sorting or storage for any waste', () => {
    expect(FluxSchema.parse({ ...flux, recoveryOperation: 'R3' }).recoveryOperation).toBe('R3');
    expect(FluxSchema.parse({ ...flux, recoveryOperation: 'R13' }).recoveryOperation).toBe('R13');
    expect(FluxSchema.parse({ ...flux, resourceCode: 'mat.other', recoveryOperation: 'R10' }).recoveryOperation).toBe('R10');
  });

  it('refuses, in French, an R code that does not fit, an unknown one, or one on a non-waste', () => {
    expect(formatZodError(FluxSchema.safeParse({ ...flux, recoveryOperation: 'R4' }).error!)).toContain(
      'Opération de valorisation : L’opération R4 ne convient pas à « Cartons et emballages carton » : choisissez parmi R3, R12, R13',
    );
    expect(formatZodError(FluxSchema.safeParse({ ...flux, recoveryOperation: 'R14' }).error!)).toContain(
      'Opération de valorisation inconnue (R1 à R13)',
    );
    const electricity = { ...flux, family: 'energy', resourceCode: 'nrj.electricity', recoveryOperation: 'R1' };
    expect(formatZodError(FluxSchema.safeParse(electricity).error!)).toContain('n’est pas un déchet');
  });

  it('keeps the hazardous-waste authorisation, and reads rows recorded before it existed', () => {
    const solvents = { ...flux, resourceCode: 'mat.solvents', acceptsHazardous: true };
    expect(FluxSchema.parse(solvents).acceptsHazardous).toBe(true);
    const old = FluxSchema.parse(flux);
    expect(old.acceptsHazardous).toBeUndefined();
    expect(old.recoveryOperation).toBeUndefined();
  });
});

describe('group rule of a synergy', () => {
  const synergy = {
    id: 'mut:0123456789abcdef',
    kind: 'mutualisation',
    family: 'energy',
    resourceCodes: ['nrj.electricity'],
    fluxIds: ['f-1', 'f-2'],
    companyIds: ['c-1', 'c-2'],
    territoryIds: ['t'],
    score: 80,
    scoreParts: { resource: 100, quantity: 50, distance: 100, timing: 100 },
    distanceKm: 12,
    explanation: 'Achat groupé possible : A et B ont besoin d’électricité, sur le même territoire.',
    computedAt: 1,
  };

  it('is optional (older rows) and one of the known rules', () => {
    expect(SynergySchema.parse(synergy).groupRule).toBeUndefined();
    expect(SynergySchema.parse({ ...synergy, groupRule: 'territory' }).groupRule).toBe('territory');
    expect(SynergySchema.safeParse({ ...synergy, groupRule: 'galaxy' }).success).toBe(false);
  });
});

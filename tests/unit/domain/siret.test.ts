import { describe, expect, it } from 'vitest';
import { siretError } from '../../../src/domain';
import { siretWithCheckDigit } from '../../fixtures/siret';

describe('SIRET', () => {
  it('accepts a SIRET whose Luhn key is right, with or without spaces', () => {
    expect(siretError('73282932000074')).toBeNull();
    expect(siretError('732 829 320 00074')).toBeNull();
    expect(siretError(siretWithCheckDigit('4105005710001'))).toBeNull();
  });

  it('rejects a wrong check digit with a readable message', () => {
    expect(siretError('73282932000075')).toBe('SIRET invalide : clé de contrôle incorrecte (vérifiez la saisie)');
  });

  it('says how many digits were typed when the length is wrong', () => {
    expect(siretError('7328293200007')).toBe('SIRET invalide : 14 chiffres attendus (13 saisis)');
  });

  it('rejects letters', () => {
    expect(siretError('7328293200007A')).toBe('SIRET invalide : uniquement des chiffres');
  });

  it('applies La Poste’s exception (digit sum multiple of 5)', () => {
    // 356000000 + NIC 00048: digits sum to 3+5+6+4+8 = 26 → invalid; 00049 → 27; 00054 → 23 …
    const valid = ['35600000000048', '35600000049999'].filter((s) => [...s].reduce((a, c) => a + Number(c), 0) % 5 === 0);
    const invalid = '35600000000049';
    for (const s of valid) expect(siretError(s)).toBeNull();
    expect(siretError(invalid)).toMatch(/clé de contrôle/);
  });
});

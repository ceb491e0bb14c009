import { describe, expect, it } from 'vitest';
import { canConvert, convert, formatQuantity, perYear } from '../../../src/domain';

describe('units', () => {
  it('converts within a dimension', () => {
    expect(convert(12, 't', 'kg')).toBe(12000);
    expect(convert(2500, 'kWh', 'MWh')).toBe(2.5);
    expect(convert(3, 'm3', 'L')).toBe(3000);
  });

  it('refuses to convert across dimensions, in French', () => {
    expect(canConvert('t', 'm3')).toBe(false);
    expect(() => convert(1, 't', 'm3')).toThrow('Conversion impossible de t vers m³');
  });

  it('normalises a quantity per year', () => {
    expect(perYear(2, 'month')).toBe(24);
    expect(perYear(1, 'week')).toBe(52);
    expect(perYear(5, 'once')).toBe(5);
  });

  it('formats quantities the French way', () => {
    expect(formatQuantity(12, 't', 'year')).toBe('12 t/an');
    expect(formatQuantity(3.5, 'MWh', 'month')).toBe('3,5 MWh/mois');
    expect(formatQuantity(40, 'pallet', 'once')).toBe('40 palette(s)');
  });
});

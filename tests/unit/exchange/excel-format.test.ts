// Cell values the French way: decimal comma, JJ/MM/AAAA, Oui/Non, and no formula injection.
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDecimal,
  guardFormula,
  parseDate,
  parseDecimal,
  parseYesNo,
  unguardFormula,
} from '../../../src/exchange/excel-format';

describe('numbers', () => {
  it('writes a decimal comma, no thousands separator, full precision', () => {
    expect(formatDecimal(12.5)).toBe('12,5');
    expect(formatDecimal(1800)).toBe('1800');
    expect(formatDecimal(47.3220123)).toBe('47,3220123');
    expect(formatDecimal(undefined)).toBe('');
  });

  it('reads decimal comma or point, and spaces as thousands separators', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1 200,5')).toBe(1200.5);
    expect(parseDecimal('-4,2')).toBe(-4.2);
    expect(parseDecimal(' ')).toBeUndefined();
    expect(parseDecimal('douze')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
  });
});

describe('dates', () => {
  it('writes JJ/MM/AAAA from an ISO day or a timestamp', () => {
    expect(formatDate('2025-03-01')).toBe('01/03/2025');
    expect(formatDate(new Date(2024, 10, 2, 15, 30).getTime())).toBe('02/11/2024');
    expect(formatDate(undefined)).toBe('');
  });

  it('reads JJ/MM/AAAA, J/M/AAAA and ISO, and refuses impossible days', () => {
    expect(parseDate('01/03/2025')).toBe('2025-03-01');
    expect(parseDate('1/3/2025')).toBe('2025-03-01');
    expect(parseDate('2025-03-01')).toBe('2025-03-01');
    expect(parseDate('')).toBeUndefined();
    expect(parseDate('31/02/2025')).toBeNull();
    expect(parseDate('mars 2025')).toBeNull();
  });
});

describe('yes/no', () => {
  it('reads the usual spellings', () => {
    expect(['Oui', 'OUI', 'x', '1', 'vrai'].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['Non', '', 'faux', '0'].map(parseYesNo)).toEqual([false, false, false, false]);
    expect(parseYesNo('peut-être')).toBeNull();
  });
});

describe('formula injection guard', () => {
  it('prefixes a quote to cells a spreadsheet would run as a formula', () => {
    expect(guardFormula('=HYPERLINK("http://evil","clic")')).toBe('\'=HYPERLINK("http://evil","clic")');
    expect(guardFormula('+33 3 80 12 34 56')).toBe("'+33 3 80 12 34 56");
    expect(guardFormula('-fumées')).toBe("'-fumées");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('leaves ordinary text and plain negative numbers alone', () => {
    expect(guardFormula('Fonderie du Creusot')).toBe('Fonderie du Creusot');
    expect(guardFormula('-12,5')).toBe('-12,5');
    expect(guardFormula('a=b')).toBe('a=b');
  });

  it('is undone on import so exported values come back unchanged', () => {
    for (const v of ['=1+1', '+33 3 80 12 34 56', "'already quoted", 'plain']) {
      expect(unguardFormula(guardFormula(v))).toBe(v);
    }
  });
});

// The CSV codec on its own: what a spreadsheet writes, we read; what we write, it reads.
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, toCsv } from '../../../src/exchange/csv';

describe('toCsv', () => {
  it('writes ; separated cells with CRLF line ends and a final line break', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a;b\r\nc;d\r\n');
  });

  it('quotes cells holding the separator, quotes or line breaks, doubling the quotes', () => {
    const csv = toCsv([['Bois ; Cie', 'dit "le Roi"', 'ligne 1\nligne 2', 'simple', 'a,b']]);
    expect(csv).toBe('"Bois ; Cie";"dit ""le Roi""";"ligne 1\nligne 2";simple;a,b\r\n');
  });

  it('quotes with the separator it is given', () => {
    expect(toCsv([['a,b', 'c;d']], { separator: ',' })).toBe('"a,b",c;d\r\n');
  });

  it('prefixes a byte order mark only when asked', () => {
    expect(toCsv([['x']], { bom: true })).toBe('\uFEFFx\r\n');
    expect(toCsv([['x']]).charCodeAt(0)).toBe('x'.charCodeAt(0));
  });
});

describe('parseCsv', () => {
  it('reads back whatever toCsv wrote, however awkward the cells', () => {
    const rows = [
      ['Raison sociale', 'Notes'],
      ['Bois ; Cie', 'dit "le Roi"\r\navec retour'],
      ['', '"'],
      ['  espaces  ', ';;'],
    ];
    expect(parseCsv(toCsv(rows, { bom: true }))).toEqual(rows);
    expect(parseCsv(toCsv(rows, { separator: ',' }))).toEqual(rows);
  });

  it('accepts LF, CRLF and CR line ends, and a missing final line break', () => {
    expect(parseCsv('a;b\nc;d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a;b\r\nc;d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a;b\rc;d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('strips the byte order mark so the first header reads clean', () => {
    expect(parseCsv('\uFEFFRaison sociale;SIRET\r\n')).toEqual([['Raison sociale', 'SIRET']]);
  });

  it('keeps empty lines so row numbers match the spreadsheet', () => {
    expect(parseCsv('h\n\nx\n')).toEqual([['h'], [''], ['x']]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(parseCsv('a;;c;\n')).toEqual([['a', '', 'c', '']]);
    expect(parseCsv('a;""\n')).toEqual([['a', '']]);
  });

  it('is lenient with stray and unclosed quotes, like a spreadsheet', () => {
    expect(parseCsv('tube 5" acier;x\n')).toEqual([['tube 5" acier', 'x']]);
    expect(parseCsv('"non fermé;x\ny')).toEqual([['non fermé;x\ny']]);
  });

  it('returns no row for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });
});

describe('detectSeparator', () => {
  it('picks the most frequent of ; , and tab on the header line, ignoring quoted ones', () => {
    expect(detectSeparator('Nom;SIRET;Adresse\n1,5;2,5;3,5')).toBe(';');
    expect(detectSeparator('Nom,SIRET,"Adresse; complète"\n')).toBe(',');
    expect(detectSeparator('Nom\tSIRET\n')).toBe('\t');
  });

  it('falls back to ; when nothing tells', () => {
    expect(detectSeparator('Nom\n')).toBe(';');
  });

  it('is used by parseCsv when no separator is given', () => {
    expect(parseCsv('Nom,Siret\n"Bois; Cie",123\n')).toEqual([
      ['Nom', 'Siret'],
      ['Bois; Cie', '123'],
    ]);
  });
});

// A flux spreadsheet brought in: French Excel CSV read in any of its encodings, and every file that
// cannot be imported refused with a French sentence saying why.
import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LINES,
  quotingProblem,
  readSpreadsheetBytes,
  readSpreadsheetText,
} from '../../../src/exchange/spreadsheet-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 as French Excel writes « CSV (séparateur : point-virgule) ». */
const cp1252 = (text: string) => Uint8Array.from([...text].map((ch) => ({ é: 0xe9, è: 0xe8, à: 0xe0, ç: 0xe7 })[ch] ?? ch.charCodeAt(0)));

function table(result: ReturnType<typeof readSpreadsheetText>) {
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

describe('reading a flux spreadsheet', () => {
  it('reads UTF-8 with a BOM, « ; », quoted fields with separators, quotes and line breaks', () => {
    const t = table(
      readSpreadsheetBytes(utf8('\uFEFFEntreprise;Ressource;Description\r\n"Scierie ""Le Chêne""";sciure;"sèche ; 2 bennes\nen juin"\r\n')),
    );
    expect(t.headers).toEqual(['Entreprise', 'Ressource', 'Description']);
    expect(t.lines).toEqual([{ row: 2, cells: ['Scierie "Le Chêne"', 'sciure', 'sèche ; 2 bennes\nen juin'] }]);
  });

  it('reads Windows-1252 and a comma separator, skipping empty lines but keeping line numbers', () => {
    const t = table(readSpreadsheetBytes(cp1252('Entreprise,Ressource\nBéton Sàrl,déchets\n\nGarçon & fils,carton\n')));
    expect(t.separator).toBe(',');
    expect(t.lines.map((l) => [l.row, l.cells[0]])).toEqual([
      [2, 'Béton Sàrl'],
      [4, 'Garçon & fils'],
    ]);
  });

  it('refuses an Excel workbook, saying how to save it as CSV', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]);
    const r = readSpreadsheetBytes(xlsx, 'flux.xlsx');
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^Ce fichier est un classeur Excel \(\.xlsx\).*« CSV \(séparateur : point-virgule\) »/),
    });
  });

  it('refuses a file that is not text', () => {
    const pdfLike = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0x0e, 0x0f]);
    expect(readSpreadsheetBytes(pdfLike, 'scan.csv')).toEqual({
      ok: false,
      error: expect.stringMatching(/^Ce fichier n’est pas un fichier texte CSV/),
    });
  });

  it('refuses a file over 5 MB or over the line limit, saying the limit', () => {
    const big = readSpreadsheetBytes(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61));
    expect(big).toEqual({ ok: false, error: expect.stringMatching(/^Fichier trop volumineux : 5 Mo, au plus 5 Mo par import/) });
    const long = readSpreadsheetText(`A;B\n${'x;y\n'.repeat(MAX_IMPORT_LINES + 1)}`);
    expect(long).toEqual({ ok: false, error: expect.stringMatching(/^Fichier trop long : 20\s001 lignes, au plus 20\s000 par import/) });
  });

  it('refuses an empty file, a file without header, and a header alone', () => {
    expect(readSpreadsheetText('\uFEFF \r\n')).toEqual({ ok: false, error: 'Le fichier est vide.' });
    expect(readSpreadsheetText('juste un mot\nautre\n')).toEqual({ ok: false, error: expect.stringMatching(/^Pas de ligne d’en-tête/) });
    expect(readSpreadsheetText('Entreprise;Ressource\n;\n')).toEqual({
      ok: false,
      error: expect.stringMatching(/aucune ligne à importer/),
    });
  });

  it('refuses malformed quoting, naming the line', () => {
    expect(readSpreadsheetText('A;B\nx;"jamais fermé\ny;z\n')).toEqual({
      ok: false,
      error: expect.stringMatching(/^Guillemets mal fermés à la ligne 2/),
    });
    expect(quotingProblem('A;B\n"x"y;z\n', ';')).toBe(2);
    expect(quotingProblem('A;B\n"x ""cité""";"a\nb"\nc;d', ';')).toBeUndefined();
  });
});

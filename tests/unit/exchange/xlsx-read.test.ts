// A flux workbook (.xlsx) read for import as French Excel writes it — numbers, decimal commas typed
// as text, dates, formulas, a title above the table, several sheets — and every workbook that
// cannot be imported refused with a French sentence.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readSpreadsheetFile, type SpreadsheetResult } from '../../../src/exchange/spreadsheet-file';

async function workbookFile(build: (wb: ExcelJS.Workbook) => void, name = 'campagne.xlsx'): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], name);
}

function table(result: SpreadsheetResult) {
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

const campaign = (wb: ExcelJS.Workbook) => {
  const notes = wb.addWorksheet('Notes');
  notes.addRow(['Campagne 2024, relevés des conseillers']);
  const sheet = wb.addWorksheet('Flux 2024');
  sheet.addRow(['Relevé des flux — campagne 2024']);
  sheet.addRow([]);
  sheet.addRow(['Établissement', 'Type', 'Quoi', 'Qté', 'Unité', 'Relevé le', 'Coût']);
  sheet.addRow([
    'Garage Martin',
    'propose',
    'ferraille',
    2.5,
    'tonnes',
    new Date(Date.UTC(2024, 2, 5)),
    { formula: 'D4*100', result: 250 },
  ]);
  sheet.addRow(['Scierie du Morvan', 'offre', { richText: [{ text: 'sciure ' }, { text: 'sèche', font: { bold: true } }] }, '12,5', 'm³']);
  sheet.addRow([]);
  sheet.addRow(['Fonderie', 'recherche', 'sable', 1200, 't', null, true]);
};

describe('reading a flux workbook (.xlsx)', () => {
  it('reads the first sheet holding a table, passing over a title to the header, numbers and dates as French text', async () => {
    const t = table(await readSpreadsheetFile(await workbookFile(campaign)));
    // « Notes » holds a single cell, no table: « Flux 2024 » is read, both are offered.
    expect(t.sheet).toBe('Flux 2024');
    expect(t.sheets).toEqual(['Notes', 'Flux 2024']);
    expect(t.headers).toEqual(['Établissement', 'Type', 'Quoi', 'Qté', 'Unité', 'Relevé le', 'Coût']);
    expect(t.lines).toEqual([
      { row: 4, cells: ['Garage Martin', 'propose', 'ferraille', '2,5', 'tonnes', '05/03/2024', '250'] },
      { row: 5, cells: ['Scierie du Morvan', 'offre', 'sciure sèche', '12,5', 'm³', '', ''] },
      { row: 7, cells: ['Fonderie', 'recherche', 'sable', '1200', 't', '', 'Oui'] },
    ]);
  });

  it('refuses a sheet without a header line, or with nothing under it', async () => {
    const r = await readSpreadsheetFile(await workbookFile(campaign), 'Notes');
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Pas de ligne d’en-tête dans la feuille « Notes »/) });
    const headerOnly = await workbookFile((wb) => wb.addWorksheet('Flux').addRow(['Entreprise', 'Ressource']));
    expect(await readSpreadsheetFile(headerOnly)).toEqual({ ok: false, error: expect.stringMatching(/n’a que sa ligne d’en-tête/) });
  });

  it('refuses a damaged workbook, a file named .xlsx that is none, an .ods and an old .xls, saying what to do', async () => {
    const damaged = new File([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])], 'abime.xlsx');
    expect(await readSpreadsheetFile(damaged)).toEqual({ ok: false, error: expect.stringMatching(/^Ce classeur ne peut pas être lu/) });
    const renamed = new File(['Entreprise;Ressource\nA;b\n'], 'faux.xlsx');
    expect(await readSpreadsheetFile(renamed)).toEqual({
      ok: false,
      error: expect.stringMatching(/porte le nom d’un classeur .xlsx mais n’en est pas un/),
    });
    const ods = new File([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0])], 'flux.ods');
    expect(await readSpreadsheetFile(ods)).toEqual({
      ok: false,
      error: expect.stringMatching(/que l’application ne lit pas.*« Classeur Excel \(\.xlsx\) »/),
    });
    const xls = new File([Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0])], 'flux.xls');
    expect(await readSpreadsheetFile(xls)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Ce fichier est un classeur Excel ancien format/),
    });
  });

  it('refuses a workbook over 5 MB before opening it', async () => {
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'enorme.xlsx');
    expect(await readSpreadsheetFile(big)).toEqual({ ok: false, error: expect.stringMatching(/^Fichier trop volumineux/) });
  });

  it('still reads a CSV file as before', async () => {
    const t = table(await readSpreadsheetFile(new File(['Entreprise;Ressource\r\nGarage;ferraille\r\n'], 'flux.csv')));
    expect(t.separator).toBe(';');
    expect(t.lines).toEqual([{ row: 2, cells: ['Garage', 'ferraille'] }]);
  });
});

// Companies brought in from an Excel workbook as from a CSV: numbers typed by the spreadsheet
// (a SIRET, coordinates) read as written, and a refused line named by its row in the sheet.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { listCompanies } from '../../../src/db/companies';
import { importCompanies } from '../../../src/exchange';
import { readCompanyFileText } from '../../../src/exchange/spreadsheet-file';
import { freshDatabase } from '../../fixtures/exchange/database';

beforeEach(async () => {
  await freshDatabase();
});

async function workbook(): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Entreprises');
  sheet.addRow(['Entreprises rencontrées — campagne 2024']);
  sheet.addRow([]);
  sheet.addRow(['Raison sociale', 'SIRET', 'Latitude', 'Longitude', 'Territoire']);
  sheet.addRow(['Fonderie du Creusot', 41234567800012, 46.8012, 4.4235, 'CU Creusot-Montceau']);
  sheet.addRow(['Garage de Paris', null, null, null, 'Paris']);
  sheet.addRow(['Menuiserie Lambert', null, '47,32', '5,04', 'Dijon métropole']);
  return new File([new Uint8Array(await wb.xlsx.writeBuffer())], 'entreprises.xlsx');
}

describe('company import from a workbook', () => {
  it('imports the good lines with their SIRET and position, and names a refused line by its row', async () => {
    const read = await readCompanyFileText(await workbook());
    if (!read.ok) throw new Error(read.error);
    const result = await importCompanies(read.text);
    expect(result.createdIds).toHaveLength(2);
    const refused = result.rows.filter((r) => !r.ok);
    expect(refused.map((r) => r.row)).toEqual([5]);
    const { companies } = await listCompanies();
    expect(companies.map((c) => [c.name, c.siret, c.territoryId, c.location])).toEqual([
      ['Fonderie du Creusot', '41234567800012', 'cu-creusot-montceau', { lat: 46.8012, lon: 4.4235 }],
      ['Menuiserie Lambert', '', 'dijon-metropole', { lat: 47.32, lon: 5.04 }],
    ]);
  });

  it('reads a CSV as before, and refuses a file that is neither', async () => {
    const csv = await readCompanyFileText(new File(['Raison sociale;Territoire\r\nScierie;Dijon métropole\r\n'], 'e.csv'));
    expect(csv.ok && csv.text).toContain('Scierie;Dijon métropole');
    const pdf = await readCompanyFileText(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0])], 'e.pdf'));
    expect(pdf.ok).toBe(false);
  });
});

// Reading a chosen file: UTF-8 from us, Windows-1252 from "CSV (séparateur : point-virgule)" in Excel.
import { describe, expect, it } from 'vitest';
import { decodeText, readFileAsText } from '../../../src/exchange/download';
import { previewCompanyImport } from '../../../src/exchange';
import { freshDatabase } from '../../fixtures/exchange/database';

describe('decodeText', () => {
  it('reads UTF-8, dropping the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Société;Téléphone')]);
    expect(decodeText(bytes)).toBe('Société;Téléphone');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Société" as Excel's French "CSV" writes it: é is the single byte 0xE9.
    expect(decodeText(new Uint8Array([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]))).toBe('Société');
  });

  it('lets a Windows-1252 file from Excel be imported with its accents', async () => {
    await freshDatabase();
    const latin1 = Uint8Array.from('Raison sociale;Territoire\r\nBoulangerie Pâtissière;Dijon métropole\r\n', (c) => c.charCodeAt(0));
    const report = await previewCompanyImport(await readFileAsText(new Blob([latin1])));
    expect(report.rows).toEqual([{ row: 2, ok: true, errors: [], name: 'Boulangerie Pâtissière' }]);
  });
});

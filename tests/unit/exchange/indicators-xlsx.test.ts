// The indicators workbook read back with exceljs, as LibreOffice Calc or Excel would read it: one
// sheet per table with French names, numbers stored as numbers with their formats, dates as dates,
// the sentences and the running header on every sheet.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  advisorsTable,
  comparisonTable,
  computeIndicators,
  implementedSynergies,
  implementedTable,
  indicatorTables,
  PROGRAMME_NAME,
  REPORTING_RULES,
  targetsTable,
} from '../../../src/domain/indicators';
import { DEFAULT_TERRITORIES } from '../../../src/domain/territory';
import { indicatorsXlsx, xlsxFileName } from '../../../src/exchange/indicators-xlsx';
import { ALL_TERRITORIES, D, EXPECTED_ADVISORS, FOLLOWUPS, YEAR_2025, fixtureInput } from '../../fixtures/indicators';

const names = Object.fromEntries(DEFAULT_TERRITORIES.map((t) => [t.id, t.name]));
const report = { ...computeIndicators(fixtureInput(ALL_TERRITORIES, true)), accountsKnown: false };
const implemented = implementedSynergies(FOLLOWUPS, YEAR_2025, report.territoryIds);
const tables = [...indicatorTables(report, names), implementedTable(implemented, names)];
const figuresAt = new Date(2026, 0, 15, 10, 30);

async function readBack(closed?: { by: string; rules: string[] }, shown = tables): Promise<ExcelJS.Workbook> {
  const bytes = await indicatorsXlsx({ report, tables: shown, scopeLabel: 'tous les territoires', figuresAt, closed });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** The row whose first cell reads `label`, after the column headers. */
function rowOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === label) return sheet.getRow(r);
  throw new Error(`no row « ${label} » in ${sheet.name}`);
}

describe('indicators workbook (XLSX)', () => {
  it('has a cover sheet then one sheet per table, with French names Excel accepts', async () => {
    const workbook = await readBack();
    const sheetNames = workbook.worksheets.map((s) => s.name);
    expect(sheetNames).toHaveLength(tables.length + 1);
    expect(sheetNames.slice(0, 4)).toEqual(['Rapport', 'Convention (art. 8)', 'Entreprises mobilisées', 'Comptes actifs']);
    expect(sheetNames).toContain('Synergies mises en œuvre');
    for (const name of sheetNames) expect(name.length).toBeLessThanOrEqual(31);
    expect(xlsxFileName(report)).toBe('indicateurs-2025-01-01_2025-12-31.xlsx');
  });

  it('says on the cover what the figures cover, when they were read, what the device cannot know, and the rules', async () => {
    const cover = (await readBack()).getWorksheet('Rapport')!;
    expect(rowOf(cover, 'Programme').getCell(2).value).toBe(PROGRAMME_NAME);
    expect(rowOf(cover, 'Période').getCell(2).value).toBe('année 2025');
    const from = rowOf(cover, 'Du').getCell(2);
    expect(from.type).toBe(ExcelJS.ValueType.Date);
    expect((from.value as Date).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    const at = rowOf(cover, 'Chiffres au').getCell(2);
    expect(at.type).toBe(ExcelJS.ValueType.Date);
    expect((at.value as Date).toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(at.numFmt).toBe('dd/mm/yyyy');
    const texts = cover.getColumn(1).values.filter((v) => typeof v === 'string');
    expect(texts).toContain(REPORTING_RULES[0]);
    expect(texts.some((t) => (t as string).startsWith('Comptes actifs : non connus'))).toBe(true);
  });

  it('types counts as integers, unknown accounts as text, and carries the sentence and running header', async () => {
    const sheet = (await readBack()).getWorksheet('Convention (art. 8)')!;
    expect(sheet.getCell('A1').value).toBe('Tableau de la convention (article 8)');
    expect(sheet.getCell('A2').value).toBe(`${PROGRAMME_NAME} — tous les territoires — année 2025 — chiffres au 15/01/2026`);
    expect(sheet.getCell('A3').value).toBe(tables[0]!.howCounted);
    expect(sheet.headerFooter.oddHeader).toContain('chiffres au 15/01/2026');
    expect(sheet.headerFooter.oddFooter).toContain('&P / &N');
    const dijon = rowOf(sheet, 'Dijon métropole');
    expect([2, 3, 4, 5].map((c) => dijon.getCell(c).value)).toEqual([3, 'non connu', 4, 2]);
    expect(dijon.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(dijon.getCell(2).numFmt).toBe('#,##0');
    expect(dijon.getCell(3).type).toBe(ExcelJS.ValueType.String);
  });

  it('formats tonnes, euros and t CO2e by unit, keeping full precision', async () => {
    const sheet = (await readBack()).getWorksheet('Gains attendus par famille')!;
    const header = rowOf(sheet, 'Famille');
    const labels = header.values as ExcelJS.CellValue[];
    const col = (label: string) => labels.indexOf(label);
    const energy = rowOf(sheet, 'Énergie');
    expect(energy.getCell(col('Économies (€/an)')).value).toBe(3000);
    expect(energy.getCell(col('Économies (€/an)')).numFmt).toBe('#,##0 "€"');
    expect(energy.getCell(col('Émissions évitées (t CO2e/an)')).value).toBe(27.24);
    expect(energy.getCell(col('Émissions évitées (t CO2e/an)')).numFmt).toBe('#,##0.00 "t CO2e"');
    const materials = rowOf(sheet, 'Matières');
    expect(materials.getCell(col('Tonnes détournées (t/an)')).value).toBe(10);
    expect(materials.getCell(col('Tonnes détournées (t/an)')).numFmt).toBe('#,##0.00 "t"');
    expect(materials.getCell(col('Eau (m³/an)')).value).toBe(300.25);
  });

  it('writes rates as percentages and list dates as dates', async () => {
    const workbook = await readBack();
    const retained = rowOf(workbook.getWorksheet('Entonnoir du suivi')!, 'Retenue (à étudier)');
    expect(retained.getCell(3).value).toBe(0.75);
    expect(retained.getCell(3).numFmt).toBe('0.0%');
    const list = workbook.getWorksheet('Synergies mises en œuvre')!;
    const firstLine = list.getRow(6);
    expect(firstLine.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(firstLine.getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect((firstLine.getCell(4).value as Date).getUTCFullYear()).toBe(2025);
  });

  it('names a closed report’s closing, by whom, and its own rules', async () => {
    const cover = (await readBack({ by: 'Direction du programme', rules: ['Règle figée.'] })).getWorksheet('Rapport')!;
    expect(rowOf(cover, 'Clôturé par').getCell(2).value).toBe('Direction du programme');
    expect(rowOf(cover, 'Clôturé le').getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect(cover.getColumn(1).values).toContain('Règle figée.');
    expect(cover.getColumn(1).values).not.toContain(REPORTING_RULES[0]);
  });

  it('adds what managers compare as the page shows it: the previous year, targets against results, each person’s activity', async () => {
    const previous = computeIndicators({ ...fixtureInput(ALL_TERRITORIES, true), range: { from: '2024-01-01', to: '2024-12-31' } });
    const managed = [
      comparisonTable({ ...previous, accountsKnown: false }, report, { previous: 'année 2024', current: 'année 2025' }),
      targetsTable([{ territoryId: D, year: 2025, indicator: 'companiesMobilised', value: 4 }], report, names, 2025),
      advisorsTable(EXPECTED_ADVISORS),
    ];
    const workbook = await readBack(undefined, [...tables, ...managed]);
    expect(workbook.worksheets.map((s) => s.name).slice(-3)).toEqual(['Comparaison', 'Objectifs', 'Activité par personne']);

    const comparison = workbook.getWorksheet('Comparaison')!;
    expect((rowOf(comparison, 'Indicateur').values as unknown[]).slice(1)).toEqual([
      'Indicateur',
      'année 2024',
      'année 2025',
      'Évolution',
      'Évolution (%)',
    ]);
    const mobilised = rowOf(comparison, 'Entreprises mobilisées');
    // Two companies mobilised in 2024, six in 2025: +4, +200 % stored as the fraction 2.
    expect([2, 3, 4, 5].map((c) => mobilised.getCell(c).value)).toEqual([2, 6, 4, 2]);
    expect([2, 3, 4].map((c) => mobilised.getCell(c).type)).toEqual(Array(3).fill(ExcelJS.ValueType.Number));
    expect(mobilised.getCell(5).numFmt).toBe('0.0%');

    const dijon = rowOf(workbook.getWorksheet('Objectifs')!, 'Dijon métropole');
    expect([2, 3, 4, 5].map((c) => dijon.getCell(c).value)).toEqual(['Entreprises mobilisées', 4, 3, 0.75]);
    expect(dijon.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(dijon.getCell(5).numFmt).toBe('0.0%');

    const advisors = workbook.getWorksheet('Activité par personne')!;
    const referent = rowOf(advisors, 'u-adv-dc');
    expect([2, 3, 4, 5, 6].map((c) => referent.getCell(c).value)).toEqual(['Référent territorial', 3, 2, 2, 1]);
    expect(referent.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(referent.getCell(3).numFmt).toBe('#,##0');
    expect(rowOf(advisors, 'Compte supprimé').getCell(2).value).toBe('—');
  });
});

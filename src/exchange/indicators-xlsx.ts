// The indicators and the annual report (a closed one too) as an XLSX workbook: a first sheet
// « Rapport » with what the figures cover, when they were read and the reporting rules, then one
// sheet per table. Imported only when exporting: it brings exceljs with it.
import ExcelJS from 'exceljs';
import {
  DEVICE_ACCOUNTS_NOTE,
  PROGRAMME_NAME,
  rangeLabel,
  REPORTING_RULES,
  type IndicatorReport,
  type IndicatorTable,
} from '../domain/indicators';
import { formatDate } from './excel-format';
import { addTableSheet, DATE_FORMAT, excelDay, printSetup, sheetName, workbookBytes } from './xlsx-tables';

/** Short French sheet names (Excel allows 31 characters); other tables take their title. */
const SHEET_NAMES: Partial<Record<IndicatorTable['id'], string>> = {
  convention: 'Convention (art. 8)',
  companiesMobilised: 'Entreprises mobilisées',
  activeAccounts: 'Comptes actifs',
  fluxRecorded: 'Flux saisis',
  topResources: 'Ressources fréquentes',
  synergiesIdentified: 'Synergies identifiées',
  funnel: 'Entonnoir du suivi',
  rejected: 'Pistes écartées',
  gainsExpected: 'Gains attendus par famille',
  gainsExpectedByTerritory: 'Gains attendus par territoire',
  gainsRealised: 'Gains réalisés par famille',
  gainsRealisedByTerritory: 'Gains réalisés par territoire',
  workshopsHeld: 'Ateliers',
  monthly: 'Activité par mois',
  implementedList: 'Synergies mises en œuvre',
  gainsByCategory: 'Gains par catégorie',
  comparison: 'Comparaison',
  targets: 'Objectifs',
  advisors: 'Activité par personne',
  differences: 'Différences',
};

export interface IndicatorsWorkbookInput {
  report: IndicatorReport;
  tables: readonly IndicatorTable[];
  /** « Dijon métropole », or the territories the device holds. */
  scopeLabel: string;
  /** When the figures were read: « chiffres au … » (a closed report: its closing). */
  figuresAt: Date;
  /** A closed report: who closed it, and its own rules. */
  closed?: { by: string; rules: readonly string[] };
}

const isoDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The line at the top of every sheet and printed page. */
export function runningHeader(input: IndicatorsWorkbookInput): string {
  const state = input.closed ? 'rapport clôturé — ' : '';
  return `${PROGRAMME_NAME} — ${input.scopeLabel} — ${state}${rangeLabel(input.report.range)} — chiffres au ${formatDate(input.figuresAt.getTime())}`;
}

function addCoverSheet(workbook: ExcelJS.Workbook, input: IndicatorsWorkbookInput, header: string, sheets: [string, string][]) {
  const { report } = input;
  const sheet = workbook.addWorksheet('Rapport');
  sheet.addRow([`Rapport d’activité — ${rangeLabel(report.range)}`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const facts: [string, string | Date][] = [
    ['Programme', PROGRAMME_NAME],
    ['Périmètre', input.scopeLabel],
    ['Période', rangeLabel(report.range)],
    ['Du', isoDay(report.range.from)],
    ['Au', isoDay(report.range.to)],
    ['Source', report.source === 'server' ? 'base du serveur du programme' : 'données de cet appareil'],
    [input.closed ? 'Clôturé le' : 'Chiffres au', excelDay(input.figuresAt)],
    ...(input.closed ? [['Clôturé par', input.closed.by] as [string, string]] : []),
  ];
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = DATE_FORMAT;
  }
  if (!report.accountsKnown) sheet.addRow([DEVICE_ACCOUNTS_NOTE]);
  sheet.addRow([]);
  sheet.addRow(['Règles de calcul']).font = { bold: true };
  for (const rule of input.closed?.rules ?? REPORTING_RULES) sheet.addRow([rule]);
  sheet.addRow([]);
  sheet.addRow(['Feuilles', 'Tableau']).font = { bold: true };
  for (const [name, title] of sheets) sheet.addRow([name, title]);
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 60;
  printSetup(sheet, header);
}

/** The workbook: « Rapport », then one sheet per table in the order given. */
export function indicatorsWorkbook(input: IndicatorsWorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = PROGRAMME_NAME;
  workbook.created = input.figuresAt;
  const header = runningHeader(input);
  const taken = new Set(['rapport']);
  const named = input.tables.map((t) => ({ table: t, name: sheetName(SHEET_NAMES[t.id] ?? t.title, taken) }));
  addCoverSheet(
    workbook,
    input,
    header,
    named.map(({ table, name }) => [name, table.title]),
  );
  for (const { table, name } of named) addTableSheet(workbook, { ...table, sheetName: name }, header);
  return workbook;
}

export const indicatorsXlsx = (input: IndicatorsWorkbookInput): Promise<Uint8Array> => workbookBytes(indicatorsWorkbook(input));

export const xlsxFileName = (report: IndicatorReport, closed = false) =>
  `${closed ? 'rapport-cloture' : 'indicateurs'}-${report.range.from}_${report.range.to}.xlsx`;

// Every indicator table in one CSV for French Excel (UTF-8 with BOM, « ; », decimal comma): a
// title line, the sentence saying how it is counted, the columns and the rows, then a blank line.
import { toCsv } from '../../exchange/csv';
import { formatDecimal } from '../../exchange/excel-format';
import {
  DEVICE_ACCOUNTS_NOTE,
  rangeLabel,
  REPORTING_RULES,
  type Cell,
  type IndicatorReport,
  type IndicatorTable,
} from '../../domain/indicators';

const cell = (c: Cell) => (typeof c === 'number' ? formatDecimal(c) : (c ?? ''));

/** The file opens with what it covers, when the figures were read, what it cannot know, and the rules. */
export function indicatorsToCsv(
  report: IndicatorReport,
  tables: readonly IndicatorTable[],
  scopeLabel: string,
  figuresAt = new Date(),
): string {
  const source = report.source === 'device' ? 'données de cet appareil' : 'base du serveur';
  const rows: string[][] = [
    [`Indicateurs — ${scopeLabel} — ${rangeLabel(report.range)} (${source}) — chiffres au ${figuresAt.toLocaleDateString('fr-FR')}`],
    ...(report.accountsKnown ? [] : [[DEVICE_ACCOUNTS_NOTE]]),
    ...REPORTING_RULES.map((r) => [r]),
    [],
  ];
  for (const t of tables) {
    rows.push([t.title], [t.howCounted], t.columns, ...t.rows.map((r) => r.map(cell)), []);
  }
  return toCsv(rows, { bom: true, separator: ';' });
}

export const csvFileName = (report: IndicatorReport) => `indicateurs-${report.range.from}_${report.range.to}.csv`;

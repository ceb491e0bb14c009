// The resource words of a spreadsheet to review: each line's words and direction read through the
// column mapping (lines whose code column already names an entry need no search).
import { findResource } from '../domain/taxonomy';
import type { ColumnMapping } from './flux-columns';
import { parseDirection } from './flux-cells';
import { cellsOf } from './flux-line';
import { mapResourceWords, type ResourceWord } from './flux-resource-map';
import type { SpreadsheetTable } from './spreadsheet-file';

export function resourceWordsOf(table: SpreadsheetTable, mapping: ColumnMapping): ResourceWord[] {
  const items = table.lines.flatMap(({ row, cells }) => {
    const c = cellsOf(cells, mapping);
    const direction = parseDirection(c.direction ?? '');
    if (!direction || !c.resource || (c.resourceCode && findResource(c.resourceCode))) return [];
    return [{ text: c.resource, direction, row }];
  });
  return mapResourceWords(items);
}

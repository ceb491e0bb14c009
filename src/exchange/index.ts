// Data exchange: JSON backup and restore of the whole base, CSV export and import for spreadsheets.
export { BACKUP_FORMAT, BACKUP_VERSION, TABLE_LABELS, type Backup, type BackupTable } from './backup-schema';
export { parseBackup, type ParseBackupResult } from './backup-parse';
export { backupFileName, backupSummary, backupToBlob, exportBackup, restoreBackup, restoreBackupText, wipeLocalData } from './backup';
export { companiesCsvFileName, companiesToCsv, exportCompaniesCsv } from './companies-csv';
export { exportFluxCsv, fluxCsvFileName, fluxToCsv } from './flux-csv';
export { FOLLOWUP_HEADERS, exportFollowupsCsv, followupsCsvFileName, followupsToCsv } from './followups-csv';
export {
  importCompanies,
  previewCompanyImport,
  type CompanyImportOptions,
  type CompanyImportReport,
  type CompanyImportResult,
  type ImportRowReport,
} from './company-import';
export { COMPANY_HEADERS } from './company-columns';
export { parseCsv, toCsv } from './csv';
export { csvToBlob, decodeText, downloadBlob, readFileAsText } from './download';
export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LINES,
  readCompanyFileText,
  readSpreadsheetFile,
  readSpreadsheetText,
  type SpreadsheetTable,
} from './spreadsheet-file';
export {
  FLUX_FIELD_LABELS,
  FLUX_IMPORT_FIELDS,
  guessMapping,
  mappingProblems,
  mappingToRemember,
  type ColumnMapping,
  type FluxImportField,
} from './flux-columns';
export {
  choiceOf,
  choicesWithMemory,
  guessedChoices,
  mapResourceWords,
  resourceWordKey,
  wordsToRemember,
  type RememberedWords,
  type ResourceChoice,
  type ResourceWord,
} from './flux-resource-map';
export { resourceWordsOf } from './flux-words';
export { cellsOf } from './flux-line';
export type { FluxImportPlan, FluxLineReport, LineStatus } from './flux-plan';
export {
  importFlux,
  previewFluxImport,
  undoFluxImport,
  type FluxImportJournal,
  type FluxImportResult,
  type UndoSummary,
} from './flux-import';
export { readRememberedMapping, readRememberedWords, rememberMapping, rememberWords } from './flux-mapping-store';
export { forgetLastImport, readLastImport, saveLastImport, type LastFluxImport } from './flux-import-journal';

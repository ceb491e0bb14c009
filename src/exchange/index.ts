// Data exchange: JSON backup and restore of the whole base, CSV export and import for spreadsheets.
export { BACKUP_FORMAT, BACKUP_VERSION, TABLE_LABELS, type Backup, type BackupTable } from './backup-schema';
export { parseBackup, type ParseBackupResult } from './backup-parse';
export {
  backupFileName,
  backupSummary,
  backupToBlob,
  exportBackup,
  restoreBackup,
  restoreBackupText,
  wipeLocalData,
} from './backup';
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

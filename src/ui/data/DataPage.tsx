// The "Données" page: backup and restore, CSV export and import (companies, flux), this device's storage, and the
// « Autre » flux left to class in the vocabulary.
import { BackupSection } from './BackupSection';
import { CsvSection } from './CsvSection';
import { DevicePanel } from './DevicePanel';
import { FluxImportSection } from './FluxImportSection';
import { VocabularyReview } from './VocabularyReview';

export function DataPage() {
  return (
    <div class="page">
      <header class="page-header">
        <h1>Données</h1>
      </header>
      <div class="data-sections">
        <BackupSection />
        <CsvSection />
        <FluxImportSection />
        <DevicePanel />
        <VocabularyReview />
      </div>
    </div>
  );
}

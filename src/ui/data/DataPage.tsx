// The "Données" page: backup and restore, CSV export and import, this device's storage.
import { BackupSection } from './BackupSection';
import { CsvSection } from './CsvSection';
import { DevicePanel } from './DevicePanel';

export function DataPage() {
  return (
    <div class="page">
      <header class="page-header">
        <h1>Données</h1>
      </header>
      <div class="data-sections">
        <BackupSection />
        <CsvSection />
        <DevicePanel />
      </div>
    </div>
  );
}

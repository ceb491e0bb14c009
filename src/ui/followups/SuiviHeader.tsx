// The top of the « Suivi » pages: title, the two views as tabs, « Nouvelle synergie » and the CSV export.
import { CsvExportButton } from './CsvExportButton';

export function SuiviHeader({ current, queueCount }: { current: 'queue' | 'pipeline'; queueCount?: number }) {
  return (
    <>
      <header class="page-header">
        <h1>Suivi des synergies</h1>
        <div class="actions">
          <CsvExportButton />
          <a class="btn btn-primary" href="#/suivi/nouvelle">
            + Nouvelle synergie
          </a>
        </div>
      </header>
      <nav class="tabs" aria-label="Vues du suivi">
        <a class={`tab${current === 'queue' ? ' active' : ''}`} href="#/suivi" aria-current={current === 'queue' ? 'page' : undefined}>
          À traiter
          {queueCount !== undefined && <span class="tab-count">{queueCount.toLocaleString('fr-FR')}</span>}
        </a>
        <a
          class={`tab${current === 'pipeline' ? ' active' : ''}`}
          href="#/suivi/pipeline"
          aria-current={current === 'pipeline' ? 'page' : undefined}
        >
          Pipeline
        </a>
      </nav>
    </>
  );
}

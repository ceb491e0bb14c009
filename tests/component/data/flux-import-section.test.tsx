// The Données page's flux import as an advisor meets it: a workbook refused with how to save it as
// CSV, a CSV's columns guessed, their own territory preselected for new companies, lines of other
// territories refused in the report.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { useMappingStore } from '../../../src/exchange/flux-mapping-store';
import { session } from '../../../src/sync/session';
import { Toasts } from '../../../src/ui/components/toasts';
import { FluxImportSection } from '../../../src/ui/data/FluxImportSection';
import { freshDatabase } from '../../fixtures/db';

const advisor = { id: 'alice', email: 'alice@cci.test', name: 'Alice', role: 'advisor' as const, territoryIds: ['dijon-metropole'] };
const CSV = ['Entreprise;Sens;Ressource;Territoire', 'Menuiserie Lambert;offre;sciure;', 'Scierie du Charolais;offre;sciure;CC Le Grand Charolais'].join('\r\n');

let n = 0;
beforeEach(async () => {
  await freshDatabase();
  useMappingStore(createStore(`flux-section-${++n}`, 'keyval'));
  session.set({ state: { kind: 'active', token: 't', user: advisor } });
});
afterEach(cleanup);

function renderSection(options: { applyAccept?: boolean } = {}) {
  render(
    <>
      <FluxImportSection />
      <Toasts />
    </>,
  );
  return userEvent.setup(options);
}

describe('flux import section', () => {
  it('refuses an OpenDocument workbook, saying how to save it, and a damaged .xlsx', async () => {
    // The file dialog's « Tous les fichiers » lets any file through the accept filter.
    const user = renderSection({ applyAccept: false });
    const ods = new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'flux.ods');
    await user.upload(screen.getByTestId('flux-csv-input'), ods);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Ce fichier est .*que l’application ne lit pas.*« Classeur Excel \(\.xlsx\) »/);
    await user.upload(screen.getByTestId('flux-csv-input'), new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'flux.xlsx'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Ce classeur ne peut pas être lu/));
  });

  it('guesses the columns, files new companies in the advisor’s territory, and refuses other territories', async () => {
    const user = renderSection();
    await user.upload(screen.getByTestId('flux-csv-input'), new File([CSV], 'campagne.csv', { type: 'text/csv' }));
    const mapping = await screen.findByTestId('flux-mapping');
    expect((within(mapping).getByLabelText('Colonne « Ressource »') as HTMLSelectElement).value).toBe('resource');
    expect((within(mapping).getByLabelText(/Territoire des entreprises nouvelles/) as HTMLSelectElement).value).toBe('dijon-metropole');
    await user.click(screen.getByRole('button', { name: 'Suivant : vérifier les ressources' }));
    await user.click(await screen.findByRole('button', { name: 'Importer les flux' }));
    const report = await screen.findByTestId('flux-import-report');
    expect(within(report).getByRole('status').textContent).toContain('1 flux importé(s)');
    expect(report.querySelector('tr.line-refused')?.textContent).toContain('« CC Le Grand Charolais » n’est pas un de vos territoires');
    expect((await db().companies.toArray()).map((c) => [c.name, c.territoryId])).toEqual([['Menuiserie Lambert', 'dijon-metropole']]);
  });
});

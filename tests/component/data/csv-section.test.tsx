// The Données page's spreadsheet section: a signed-in advisor's import refuses, line by line with
// the reason, companies of territories they may not write; exports and imports are confirmed.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { session } from '../../../src/sync/session';
import { Toasts } from '../../../src/ui/components/toasts';
import { CsvSection } from '../../../src/ui/data/CsvSection';
import { freshDatabase } from '../../fixtures/db';

const CSV = [
  'Raison sociale;Territoire',
  'Menuiserie Lambert;Dijon métropole',
  'Scierie du Charolais;CC Le Grand Charolais',
  'Atelier sans territoire;',
].join('\r\n');

const advisor = { id: 'alice', email: 'alice@cci.test', name: 'Alice', role: 'advisor' as const, territoryIds: ['dijon-metropole'] };

function renderSection() {
  render(
    <>
      <CsvSection />
      <Toasts />
    </>,
  );
  return userEvent.setup();
}

beforeEach(async () => {
  await freshDatabase();
  session.set({ state: { kind: 'active', token: 't', user: advisor } });
});
afterEach(cleanup);

describe('CSV section', () => {
  it('refuses the lines of territories the advisor may not write, with the reason, and imports the others', async () => {
    const user = renderSection();
    await user.upload(screen.getByTestId('csv-input'), new File([CSV], 'entreprises.csv', { type: 'text/csv' }));
    const report = await screen.findByTestId('import-report');
    expect(report.textContent).toContain('2 ligne(s) valide(s), 1 ligne(s) refusée(s)');
    const refused = [...report.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(refused).toEqual([
      expect.stringContaining('Scierie du Charolais'),
    ]);
    expect(refused[0]).toContain('« CC Le Grand Charolais » n’est pas un de vos territoires (vos territoires : Dijon métropole)');

    await user.click(screen.getByRole('button', { name: /Importer 2 entreprise/ }));
    expect(await screen.findByText('Import terminé : 2 entreprise(s) importée(s), 1 ligne(s) refusée(s).')).toBeTruthy();
    const stored = await db().companies.toArray();
    expect(stored.map((c) => [c.name, c.territoryId]).sort()).toEqual([
      ['Atelier sans territoire', 'dijon-metropole'],
      ['Menuiserie Lambert', 'dijon-metropole'],
    ]);
  });

  it('without an account, imports into any territory as before', async () => {
    session.set({ state: { kind: 'guest' } });
    const user = renderSection();
    await user.upload(screen.getByTestId('csv-input'), new File([CSV], 'entreprises.csv', { type: 'text/csv' }));
    const report = await screen.findByTestId('import-report');
    expect(report.textContent).toContain('2 ligne(s) valide(s), 1 ligne(s) refusée(s)');
    expect(report.textContent).toContain('Atelier sans territoire');
    expect(report.textContent).not.toContain('vos territoires');
  });

  it('refuses a damaged workbook and an OpenDocument one for the company import, saying why', async () => {
    render(<CsvSection />);
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByTestId('csv-input'), new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'entreprises.ods'));
    expect((await screen.findByText(/^Ce fichier est .*que l’application ne lit pas/)).textContent).toContain('« Classeur Excel (.xlsx) »');
    await user.upload(screen.getByTestId('csv-input'), new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'entreprises.xlsx'));
    await screen.findByText(/^Ce classeur ne peut pas être lu/);
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  it('confirms an export with a message', async () => {
    const url = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:csv');
    const user = renderSection();
    await user.click(screen.getByRole('button', { name: 'Exporter les entreprises (CSV)' }));
    await waitFor(() => expect(screen.getByText(/^Entreprises exportées : synergies-terrain-entreprises-.*\.csv$/)).toBeTruthy());
    url.mockRestore();
  });
});

// The Indicateurs page on the device: figures from IndexedDB for the chosen period and territory,
// each with how it is counted, tables under the charts, and the printable report; the files it
// exports (CSV, workbook), from the page and the report alike, hold what managers compare.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, withSearchKey } from '../../../src/db/database';
import { INDICATORS } from '../../../src/domain/indicators';
import type { IndicatorsWorkbookInput } from '../../../src/exchange/indicators-xlsx';
import { session } from '../../../src/sync/session';
import { useSyncStore } from '../../../src/sync/storage';
import { IndicatorsPage } from '../../../src/ui/indicators/IndicatorsPage';
import { freshDatabase } from '../../fixtures/db';
import { COMPANIES, FLUX, FOLLOWUPS, VISITS, WORKSHOPS } from '../../fixtures/indicators';
import { answerAsServer, signInReferent } from '../../fixtures/indicators-server';

/** What the page hands to the download: each CSV's text, each workbook's tables. */
const exported = vi.hoisted(() => ({ csv: [] as string[], xlsx: [] as unknown[] }));
vi.mock('../../../src/exchange/download', async (original) => ({
  ...(await original<typeof import('../../../src/exchange/download')>()),
  downloadBlob: () => undefined,
  csvToBlob: (csv: string) => {
    exported.csv.push(csv);
    return new Blob([csv]);
  },
}));
vi.mock('../../../src/ui/indicators/export-xlsx', () => ({
  exportIndicatorsXlsx: async (input: unknown) => void exported.xlsx.push(input),
}));
const lastCsvLines = () => exported.csv.at(-1)?.split('\r\n') ?? [];
const lastWorkbook = () => exported.xlsx.at(-1) as IndicatorsWorkbookInput | undefined;
const workbookTable = (id: string) => lastWorkbook()?.tables.find((t) => t.id === id);

let stores = 0;
beforeEach(async () => {
  exported.csv.length = 0;
  exported.xlsx.length = 0;
  useSyncStore(createStore(`indicators-page-${++stores}`, 'keyval'));
  session.set({ state: { kind: 'guest' } });
  await freshDatabase();
  await db().companies.bulkPut(COMPANIES.map(withSearchKey));
  await db().visits.bulkPut(VISITS);
  await db().flux.bulkPut(FLUX);
  await db().workshops.bulkPut(WORKSHOPS);
  await db().followups.bulkPut(FOLLOWUPS);
  location.hash = '#/indicateurs?from=2025-01-01&to=2025-12-31';
});
// The server's stand-in stays after a test (this file runs in its own context): a request an
// unmounted screen had started still gets an answer.
afterEach(() => {
  cleanup();
  db().close();
});

const rowOf = (tableId: string, name: string) => {
  const table = document.querySelector(`table[data-indicator="${tableId}"]`) as HTMLElement;
  const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
  return [...row.children].map((c) => c.textContent);
};

describe('the Indicateurs page', () => {
  it('shows the year’s figures with how each is counted, and the tables under the charts', async () => {
    render(<IndicatorsPage />);
    await screen.findByRole('heading', { name: 'Indicateurs' });
    const keys = await screen.findAllByTestId('key-figure');
    expect(keys[0]!.textContent).toContain('6');
    expect(keys[0]!.textContent).toContain(INDICATORS.companiesMobilised.howCounted);
    // The device cannot see colleagues' sign-ins: it says so rather than print a partial count.
    expect(keys[1]!.textContent).toContain('non connu');
    expect(screen.getAllByText(/non connus sur cet appareil/).length).toBeGreaterThan(0);
    expect(rowOf('convention', 'Dijon métropole')).toEqual(['Dijon métropole', '3', 'non connu', '4', '2']);
    expect(rowOf('convention', 'Ensemble')).toEqual(['Ensemble', '6', 'non connu', '5', '3']);
    // Only the territories whose records the device holds (D, C, G), not the five it knows by name.
    expect(document.querySelectorAll('table[data-indicator="convention"] tbody tr')).toHaveLength(4);
    expect(
      within(screen.getByRole('combobox', { name: 'Territoire' })).queryByRole('option', { name: 'CC Grand Autunois Morvan' }),
    ).toBeNull();
    expect(rowOf('funnel', 'Mise en œuvre')).toEqual(['Mise en œuvre', '2', '66,7', '25']);
    expect(rowOf('gainsExpected', 'Énergie')).toEqual(['Énergie', '0', '120', '0', '3\u202f000', '0', '0', '27,24']);
    expect(rowOf('monthly', 'mars 2025')).toEqual(['mars 2025', '1', '2', '1', '1']);
  });

  it('sets the previous period beside this one, and lists the implemented synergies', async () => {
    render(<IndicatorsPage />);
    await screen.findByRole('heading', { name: 'Comparaison avec la période précédente' }, { timeout: 5000 });
    // 2024: c2 at the Dijon workshop of November, c7 visited on 31 December.
    expect(rowOf('comparison', 'Entreprises mobilisées')).toEqual(['Entreprises mobilisées', '2', '6', '4', '200']);
    const list = document.querySelector('table[data-indicator="implementedList"]') as HTMLElement;
    // L1 and L10, in « Mise en œuvre » at the end of 2025 (L10 rejected only in 2026).
    expect([...list.querySelectorAll('tbody tr')].map((r) => r.children[4]!.textContent)).toEqual(['01/05/2025', '01/10/2025']);
    // Targets, activity per person and closed reports are the server's: not on a device's figures.
    expect(screen.queryByRole('heading', { name: 'Rapports clôturés' })).toBeNull();
  });

  it('counts a quarter and one territory when chosen', async () => {
    render(<IndicatorsPage />);
    const period = await screen.findByRole('combobox', { name: 'Période' });
    fireEvent.change(period, { target: { value: 'quarter' } });
    await waitFor(() => expect(location.hash).toContain('to=2025-03-31'));
    await waitFor(() => expect(rowOf('funnel', 'Proposée')).toEqual(['Proposée', '3', '—', '100']), { timeout: 5000 });
    fireEvent.change(screen.getByRole('combobox', { name: 'Territoire' }), { target: { value: 'cu-creusot-montceau' } });
    await waitFor(() => expect(location.hash).toContain('territory=cu-creusot-montceau'));
    await waitFor(() => expect(document.querySelectorAll('table[data-indicator="convention"] tbody tr')).toHaveLength(2), {
      timeout: 5000,
    });
    // c8, of Creusot, attended the Dijon workshop of 20 March.
    expect(rowOf('convention', 'CU Creusot-Montceau')).toEqual(['CU Creusot-Montceau', '1', 'non connu', '1', '0']);
  });

  it('lays out the annual report: the convention table, the funnel and the gains', async () => {
    render(<IndicatorsPage view="rapport" />);
    await screen.findByRole('heading', { name: 'Rapport d’activité — année 2025' });
    expect(screen.getByRole('heading', { name: 'Tableau de la convention (article 8)' })).toBeTruthy();
    expect(rowOf('convention', 'CU Creusot-Montceau')).toEqual(['CU Creusot-Montceau', '3', 'non connu', '2', '1']);
    expect(rowOf('gainsRealisedByTerritory', 'Dijon métropole')).toEqual(['Dijon métropole', '8', '0', '0', '100', '0', '0,5', '10,08']);
    expect(screen.getByRole('heading', { name: 'Synergies mises en œuvre : la liste' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Règles de calcul' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Imprimer / PDF' })).toBeTruthy();
  });

  it('exports from the annual report, as from the page, the previous period beside this one (CSV and workbook)', async () => {
    render(<IndicatorsPage view="rapport" />);
    const csv = await screen.findByRole('button', { name: 'Exporter en CSV' });
    // The previous period is recounted once the figures are on screen: the file holds it from then on.
    await waitFor(() => {
      fireEvent.click(csv);
      expect(lastCsvLines()).toContain('Comparaison avec la période précédente');
    });
    expect(lastCsvLines()).toContain('Entreprises mobilisées;2;6;4;200');
    fireEvent.click(screen.getByRole('button', { name: 'Exporter en XLSX' }));
    await waitFor(() => expect(workbookTable('comparison')?.rows[0]).toEqual(['Entreprises mobilisées', 2, 6, 4, 200]));
    // The device's implemented synergies are among its figures and the page's sections: written once.
    expect(lastWorkbook()!.tables.filter((t) => t.id === 'implementedList')).toHaveLength(1);
    // Targets and activity per person are the server's: not in a device's files.
    expect(workbookTable('targets')).toBeUndefined();
    expect(workbookTable('advisors')).toBeUndefined();
  });

  it('gives a referent’s files, from the report and the page, the comparison, the targets and each person’s activity', async () => {
    await signInReferent();
    answerAsServer();
    location.hash = '#/indicateurs/rapport?from=2025-01-01&to=2025-12-31&source=serveur';
    const { unmount } = render(<IndicatorsPage view="rapport" />);
    await screen.findByText(/à partir de la base du serveur du programme/);
    const csv = screen.getByRole('button', { name: 'Exporter en CSV' });
    await waitFor(() => {
      fireEvent.click(csv);
      expect(lastCsvLines()).toContain('Activité par personne');
      expect(lastCsvLines()).toContain('Objectifs 2025 et résultats');
      expect(lastCsvLines()).toContain('Comparaison avec la période précédente');
    });
    const lines = lastCsvLines();
    // Dijon and Creusot: c2 at the Dijon workshop of November 2024, then six companies in 2025.
    expect(lines).toContain('Entreprises mobilisées;1;6;5;500');
    // Targets against the server's figures: Dijon mobilised 3 of 5, Creusot held 1 workshop of 2.
    expect(lines).toContain('Dijon métropole;Entreprises mobilisées;5;3;60');
    expect(lines).toContain('CU Creusot-Montceau;Ateliers tenus;2;1;50');
    expect(lines).toContain('u-adv-c;Conseiller;0;2;2;1');
    expect(lines).toContain('Compte supprimé;—;0;1;0;0');
    fireEvent.click(screen.getByRole('button', { name: 'Exporter en XLSX' }));
    await waitFor(() => expect(workbookTable('advisors')?.rows).toContainEqual(['u-adv-c', 'Conseiller', 0, 2, 2, 1]));
    expect(workbookTable('targets')?.rows).toContainEqual(['Dijon métropole', 'Entreprises mobilisées', 5, 3, 60]);
    expect(workbookTable('comparison')?.rows[0]).toEqual(['Entreprises mobilisées', 1, 6, 5, 500]);
    unmount();

    // The page's own CSV holds the same tables.
    location.hash = '#/indicateurs?from=2025-01-01&to=2025-12-31&source=serveur';
    render(<IndicatorsPage />);
    await screen.findByRole('heading', { name: 'Activité par personne' });
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
      expect(lastCsvLines()).toContain('Dijon métropole;Entreprises mobilisées;5;3;60');
    });
    expect(lastCsvLines()).toContain('u-adv-c;Conseiller;0;2;2;1');
    expect(lastCsvLines()).toContain('Entreprises mobilisées;1;6;5;500');
    await screen.findByText('Aucun rapport clôturé.');
  });
});

// The Indicateurs page on the device: figures from IndexedDB for the chosen period and territory,
// each with how it is counted, tables under the charts, and the printable report.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, withSearchKey } from '../../../src/db/database';
import { INDICATORS } from '../../../src/domain/indicators';
import { IndicatorsPage } from '../../../src/ui/indicators/IndicatorsPage';
import { freshDatabase } from '../../fixtures/db';
import { COMPANIES, FLUX, FOLLOWUPS, VISITS, WORKSHOPS } from '../../fixtures/indicators';

beforeEach(async () => {
  await freshDatabase();
  await db().companies.bulkPut(COMPANIES.map(withSearchKey));
  await db().visits.bulkPut(VISITS);
  await db().flux.bulkPut(FLUX);
  await db().workshops.bulkPut(WORKSHOPS);
  await db().followups.bulkPut(FOLLOWUPS);
  location.hash = '#/indicateurs?from=2025-01-01&to=2025-12-31';
});
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
});

// A programme's list of companies: the first hundred cards drawn, the rest on demand, the count of
// all of them said; a search starts again from the first cards of what it finds.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withSearchKey } from '../../../src/db/database';
import { session } from '../../../src/sync/session';
import { CompanyListPage } from '../../../src/ui/companies/CompanyListPage';
import { freshDatabase } from '../../fixtures/db';
import { company, flux } from '../../fixtures/matching';

beforeEach(async () => {
  sessionStorage.clear();
  session.set({ state: { kind: 'none' } });
  const db = await freshDatabase();
  const names = Array.from({ length: 150 }, (_, i) => `Atelier ${String(i).padStart(3, '0')}`);
  await db.companies.bulkPut(names.map((name, i) => withSearchKey(company(`co-${i}`, name, i))));
  await db.flux.bulkPut([
    flux('f-1', 'co-0', 'mat.cardboard', 'offer'),
    flux('f-2', 'co-0', 'mat.wood-pallets', 'offer'),
    flux('f-3', 'co-149', 'mat.cardboard', 'need'),
    { ...flux('f-4', 'co-149', 'mat.wood-pallets', 'need'), deleted: true },
  ]);
});
afterEach(cleanup);

const cards = () => within(screen.getByRole('list', { name: 'Entreprises' })).getAllByRole('link');

describe('company list at a programme’s scale', () => {
  it('draws a hundred cards, says how many there are, and shows the rest on demand', async () => {
    render(<CompanyListPage />);
    expect(await screen.findByText('150 entreprise(s)')).toBeTruthy();
    expect(cards()).toHaveLength(100);
    expect(cards()[0]!.textContent).toContain('Atelier 000');
    await waitFor(() => expect(cards()[0]!.textContent).toContain('2 flux'));
    expect(cards()[1]!.textContent).toContain('0 flux');
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 50 entreprises de plus' }));
    expect(cards()).toHaveLength(150);
    expect(cards()[149]!.textContent).toContain('Atelier 149');
    // Counted once drawn; a deleted flux does not count.
    await waitFor(() => expect(cards()[149]!.textContent).toContain('1 flux'));
    expect(screen.queryByRole('button', { name: /de plus/ })).toBeNull();
  });

  it('starts again from the first cards of what a search finds', async () => {
    render(<CompanyListPage />);
    await screen.findByText('150 entreprise(s)');
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 50 entreprises de plus' }));
    expect(cards()).toHaveLength(150);
    fireEvent.input(screen.getByLabelText('Rechercher'), { target: { value: 'Atelier 1' } });
    expect(await screen.findByText('50 entreprise(s)')).toBeTruthy();
    expect(cards()[0]!.textContent).toContain('Atelier 100');
    fireEvent.input(screen.getByLabelText('Rechercher'), { target: { value: 'atelier' } });
    await screen.findByText('150 entreprise(s)');
    expect(cards()).toHaveLength(100);
  });
});

// A name card's link opens the capture screen with its company chosen, shown at its own table;
// a company not at the workshop is said so (never swapped for another); a tablet without the
// workshop says why and offers to sign in, coming back to the same link.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { CaptureScreen } from '../../../src/ui/workshops/CaptureScreen';
import { setUp } from '../followups/helpers';
import { putWorkshop } from '../../fixtures/workshop';

let db: SynergiesDB;

beforeEach(async () => {
  db = await setUp();
  await putWorkshop(
    db,
    {
      companyIds: ['co-a', 'co-b'],
      tables: [
        { id: 't1', name: 'Table 1', companyIds: ['co-a'] },
        { id: 't2', name: 'Table 2', companyIds: ['co-b'] },
      ],
    },
    [
      ['co-a', 'Cartonnages Morel'],
      ['co-b', 'Imprimerie Bertin'],
    ],
  );
  // This tablet sits at Table 1.
  localStorage.setItem('atelier-table:ws-1', 't1');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  location.hash = '';
  db.close();
});

describe('a name card opened on a table tablet', () => {
  it('chooses the card’s company, at its own table, without changing the table the tablet keeps', async () => {
    location.hash = '#/ateliers/ws-1/saisie?entreprise=co-b';
    render(<CaptureScreen id="ws-1" />);
    await screen.findByRole('heading', { name: 'Imprimerie Bertin', level: 2 });
    expect(screen.getByRole('radio', { name: 'Imprimerie Bertin' }).getAttribute('aria-checked')).toBe('true');
    expect((screen.getByLabelText('Table') as HTMLSelectElement).value).toBe('t2');
    expect(localStorage.getItem('atelier-table:ws-1')).toBe('t1');
  });

  it('says a company is not at the workshop rather than opening another one’s capture', async () => {
    location.hash = '#/ateliers/ws-1/saisie?entreprise=co-z';
    render(<CaptureScreen id="ws-1" />);
    await screen.findByText(/n’est pas inscrite à « Atelier Cap Nord »/);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('on a tablet without the workshop: why, and a sign-in that comes back to the same card', async () => {
    location.hash = '#/ateliers/ws-9/saisie?entreprise=co-b';
    render(<CaptureScreen id="ws-9" />);
    await screen.findByRole('heading', { name: 'Cet atelier n’est pas encore sur cette tablette' });
    const link = screen.getByRole('link', { name: 'Se connecter' });
    expect(decodeURIComponent(link.getAttribute('href')!.split('retour=')[1]!)).toBe('#/ateliers/ws-9/saisie?entreprise=co-b');
  });
});

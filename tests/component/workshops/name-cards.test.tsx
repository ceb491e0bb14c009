// Name cards: one per participant, each with a QR code drawn once the encoder is loaded; a single
// card can be printed for a company met at the door; printed from this device's own address, the
// page warns that tablets could not open the codes.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { NameCardsPage } from '../../../src/ui/workshops/NameCardsPage';
import { setUp } from '../followups/helpers';
import { putWorkshop } from '../../fixtures/workshop';

let db: SynergiesDB;
const names = ['Cartonnages Morel', 'Imprimerie Bertin', 'Fonderie Lefort'];

beforeEach(async () => {
  db = await setUp();
  await putWorkshop(
    db,
    { companyIds: ['co-0', 'co-1', 'co-2'], tables: [{ id: 't1', name: 'Table 1', companyIds: ['co-0'] }] },
    names.map((name, i) => [`co-${i}`, name]),
  );
});

afterEach(() => {
  cleanup();
  db.close();
});

describe('name cards', () => {
  it('draws a card with a QR code per participant, or the one card asked for', async () => {
    render(<NameCardsPage id="ws-1" />);
    const qr = await screen.findByRole('img', { name: 'QR code : saisie de Cartonnages Morel' });
    // A square drawing: the modules plus a quiet zone of 4 on each side.
    const [, , w, h] = qr.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).toBe(h);
    expect((w! - 8 - 17) % 4).toBe(0);
    expect(screen.getAllByRole('region', { name: /^Chevalet de / })).toHaveLength(3);
    expect(screen.getByRole('region', { name: 'Chevalet de Cartonnages Morel' }).textContent).toMatch(/Table 1/);
    expect(screen.getByRole('alert').textContent).toMatch(/n’est joignable que depuis cet appareil/);
    fireEvent.change(screen.getByLabelText('Chevalets à imprimer'), { target: { value: 'co-1' } });
    expect(screen.getAllByRole('region', { name: /^Chevalet de / }).map((r) => r.getAttribute('aria-label'))).toEqual([
      'Chevalet de Imprimerie Bertin',
    ]);
  });
});

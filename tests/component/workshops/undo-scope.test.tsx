// « Annuler » belongs to the screen it was offered on: leaving « Déjà noté » takes the toast with it,
// so an undo never acts on a card the person no longer sees.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { Toasts } from '../../../src/ui/components/toasts';
import { CapturedList } from '../../../src/ui/workshops/CapturedList';
import { flux } from '../../fixtures/matching';
import { setUp } from '../followups/helpers';

let db: SynergiesDB;
beforeEach(async () => {
  db = await setUp();
  await db.flux.put(flux('f-pal', 'co-a', 'mat.wood-pallets', 'offer'));
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('undo at the table', () => {
  it('goes away with the list it was offered on', async () => {
    const { rerender } = render(
      <>
        <CapturedList companyId="co-a" />
        <Toasts />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer Palettes bois' }));
    await screen.findByText('Flux retiré.');
    rerender(
      <>
        <Toasts />
      </>,
    );
    await waitFor(() => expect(screen.queryByText('Flux retiré.')).toBeNull());
  });
});

// « Annuler » belongs to the screen it was offered on: leaving « Déjà noté » takes the toast with it,
// so an undo never acts on a card the person no longer sees; the card just said is confirmed and
// undone in the page itself, with nothing floating over the entry.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { Toasts } from '../../../src/ui/components/toasts';
import { CaptureScreen } from '../../../src/ui/workshops/CaptureScreen';
import { CapturedList } from '../../../src/ui/workshops/CapturedList';
import { MENUISERIE_REF } from '../../fixtures/followups';
import { putWorkshop } from '../../fixtures/workshop';
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

  it('confirms the card just said in the page, and « Annuler » there takes it back', async () => {
    await putWorkshop(db, { companyIds: [MENUISERIE_REF.id] });
    render(
      <>
        <CaptureScreen id="ws-1" />
        <Toasts />
      </>,
    );
    await screen.findByRole('heading', { name: MENUISERIE_REF.name });
    fireEvent.click(screen.getByRole('button', { name: 'Palettes bois' }));
    const said = await screen.findByText(/Dernière carte :/);
    expect(said.closest('p')!.textContent).toMatch(/Palettes bois/);
    // No toast: the confirmation lives in the page, where it covers nothing.
    expect(document.querySelector('.toasts')?.textContent ?? '').toBe('');
    const noted = async () => (await db.flux.where('companyId').equals(MENUISERIE_REF.id).toArray()).filter((f) => !f.deleted);
    await waitFor(async () => expect(await noted()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect(await noted()).toHaveLength(0));
    expect(screen.queryByText(/Dernière carte/)).toBeNull();
  });
});

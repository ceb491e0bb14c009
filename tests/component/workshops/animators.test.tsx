// « Animation » on the workshop's page: who animated is edited there (names separated by commas,
// blanks and repeats dropped), kept on the workshop record, and read back on the page.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { getWorkshop } from '../../../src/db/workshops';
import { WorkshopPage } from '../../../src/ui/workshops/WorkshopPage';
import { setUp } from '../followups/helpers';
import { putWorkshop } from '../../fixtures/workshop';

let db: SynergiesDB;

beforeEach(async () => {
  db = await setUp();
  await putWorkshop(db, { animators: ['Alice Martin'], state: 'prepared' });
});

afterEach(() => {
  cleanup();
  db.close();
});

describe('who animated the workshop', () => {
  it('adds a co-animator from the workshop page, once, and shows the line', async () => {
    render(<WorkshopPage id="ws-1" />);
    await screen.findByText(/Animation : Alice Martin/);
    fireEvent.click(screen.getByRole('button', { name: 'Modifier' }));
    const input = screen.getByLabelText('Animation (noms séparés par des virgules)');
    fireEvent.input(input, { target: { value: 'Alice Martin, Bruno Petit ; , Alice Martin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText(/Animation : Alice Martin, Bruno Petit/);
    await waitFor(async () => expect((await getWorkshop('ws-1'))?.animators).toEqual(['Alice Martin', 'Bruno Petit']));
  });
});

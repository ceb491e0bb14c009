import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import type { SynergiesDB } from '../../../src/db/database';
import { Toasts } from '../../../src/ui/components/toasts';
import { QuestionnairePage } from '../../../src/ui/visit/QuestionnairePage';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
let companyId: string;

beforeEach(async () => {
  localStorage.clear();
  db = await freshDatabase();
  companyId = (await createCompany({ name: 'Menuiserie Éclat', territoryId: 'dijon-metropole' })).id;
});
afterEach(cleanup);

describe('visit questionnaire', () => {
  it('saves a toggled flux at once and shows it as saved', async () => {
    render(<QuestionnairePage companyId={companyId} section="materials" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Chutes de bois non traité : À donner / disponible' }));
    await waitFor(async () => {
      const flux = await db.flux.where('companyId').equals(companyId).toArray();
      expect(flux).toMatchObject([{ resourceCode: 'mat.wood-offcuts', direction: 'offer', deleted: false }]);
    });
    expect(await screen.findByTestId('saved')).toHaveProperty('textContent', expect.stringContaining('Enregistré'));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Chutes de bois non traité : À donner / disponible' }).getAttribute('aria-pressed')).toBe(
        'true',
      ),
    );
  });

  it('autosaves typed details without a save button, and the summary reflects them', async () => {
    const { unmount } = render(<QuestionnairePage companyId={companyId} section="materials" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Cartons et emballages carton : À donner / disponible' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Détails à donner : Cartons et emballages carton' }));
    fireEvent.input(await screen.findByLabelText('Quantité'), { target: { value: '12,5' } });
    fireEvent.input(screen.getByLabelText('Description, qualité'), { target: { value: 'Cartons propres, pliés' } });

    // Journaled synchronously, before any IndexedDB write (under this database's keys).
    expect(Object.keys(localStorage).some((k) => k.startsWith('st-journal') && k.includes(':flux:'))).toBe(true);

    await waitFor(
      async () => {
        const [flux] = await db.flux.where('companyId').equals(companyId).toArray();
        expect(flux).toMatchObject({ quantity: 12.5, description: 'Cartons propres, pliés' });
      },
      { timeout: 3000 },
    );
    await waitFor(() => expect(Object.keys(localStorage).filter((k) => k.startsWith('st-journal'))).toEqual([]));
    unmount();

    render(<QuestionnairePage companyId={companyId} section="resume" />);
    const summary = await screen.findByRole('region', { name: 'Résumé de la visite' });
    await waitFor(() => expect(summary.textContent).toContain('Cartons et emballages carton'));
    expect(summary.textContent).toContain('12,5 t/an');
    expect(summary.textContent).toContain('Cartons propres, pliés');
    expect(screen.getByTestId('summary-counts').textContent).toBe('1 flux enregistré(s) : 0 besoin(s), 1 offre(s).');
  });

  it('shows a readable error for an invalid quantity and keeps what was typed', async () => {
    render(<QuestionnairePage companyId={companyId} section="energy" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Chaleur fatale (rejets thermiques) : À donner / disponible' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Détails à donner : Chaleur fatale (rejets thermiques)' }));
    const quantity = await screen.findByLabelText('Quantité');
    fireEvent.input(quantity, { target: { value: '-4' } });
    fireEvent.blur(quantity);
    expect(await screen.findByText('Quantité : La quantité ne peut pas être négative')).toBeTruthy();
    expect((quantity as HTMLInputElement).value).toBe('-4');
    const [flux] = await db.flux.where('companyId').equals(companyId).toArray();
    expect(flux?.quantity).toBeUndefined();
  });

  it('removes a flux with undo', async () => {
    render(
      <>
        <QuestionnairePage companyId={companyId} section="skills" />
        <Toasts />
      </>,
    );
    const toggle = await screen.findByRole('button', { name: 'Formation Sauveteur Secouriste du Travail (SST) : Besoin' });
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('false'));
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    expect(await db.flux.count()).toBe(1);
  });
});

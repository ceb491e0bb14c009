import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import type { SynergiesDB } from '../../../src/db/database';
import { rebase } from '../../../src/ui/autosave/use-autosave';
import { EditCompanyPage } from '../../../src/ui/companies/EditCompanyPage';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
beforeEach(async () => {
  localStorage.clear();
  db = await freshDatabase();
});
afterEach(cleanup);

describe('editing a company', () => {
  it('saves what is typed without overwriting a field a sync changed meanwhile', async () => {
    const company = await createCompany({ name: 'Fonderie Perrin', territoryId: 'cu-creusot-montceau' });
    // Already on the server: pushed and pulled back.
    await db.outbox.clear();
    await db.companies.update(company.id, { rev: 1 });
    render(<EditCompanyPage id={company.id} />);
    fireEvent.input(await screen.findByLabelText('Notes'), { target: { value: 'Rappeler le responsable HSE' } });
    // A colleague's zone arrives (sync pull) while the note is still waiting to be saved.
    await db.companies.update(company.id, { zone: 'ZI Coriolis', rev: 3 });
    await waitFor(() => expect((screen.getByLabelText('Zone d’activités') as HTMLInputElement).value).toBe('ZI Coriolis'));
    await waitFor(async () => expect((await db.companies.get(company.id))?.notes).toBe('Rappeler le responsable HSE'), { timeout: 3000 });
    expect((await db.companies.get(company.id))?.zone).toBe('ZI Coriolis');
    const [entry] = await db.outbox.toArray();
    expect(entry?.patch).toMatchObject({ notes: 'Rappeler le responsable HSE' });
    expect(entry?.patch).not.toHaveProperty('zone');
  });

  it('shows field errors and keeps an invalid SIRET as typed, unsaved', async () => {
    const company = await createCompany({ name: 'Fonderie Perrin', territoryId: 'cu-creusot-montceau' });
    render(<EditCompanyPage id={company.id} />);
    const siret = await screen.findByLabelText('SIRET');
    fireEvent.input(siret, { target: { value: '12345678901234' } });
    fireEvent.blur(siret);
    expect(await screen.findByText('SIRET invalide : clé de contrôle incorrecte (vérifiez la saisie)')).toBeTruthy();
    expect((siret as HTMLInputElement).value).toBe('12345678901234');
    expect((await db.companies.get(company.id))?.siret).toBe('');
  });
});

describe('rebase', () => {
  it('keeps edited fields and takes the stored value of untouched ones', () => {
    const base = { notes: '', zone: '', name: 'A' };
    const edited = { notes: 'tapé', zone: '', name: 'A' };
    const stored = { notes: '', zone: 'ZI Coriolis', name: 'B' };
    expect(rebase(edited, base, stored)).toEqual({ notes: 'tapé', zone: 'ZI Coriolis', name: 'B' });
    expect(rebase('texte', 'base', 'stocké')).toBe('texte');
  });
});

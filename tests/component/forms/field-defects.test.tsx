// Field defects seen on a tablet: what the forms say must be true (saved or not, errors still
// there or not), quantities readable at a glance, sensible periods, an advisor's own territories.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import type { SynergiesDB } from '../../../src/db/database';
import { session } from '../../../src/sync/session';
import { OneTimePassword } from '../../../src/ui/accounts/OneTimePassword';
import { CompanyListPage } from '../../../src/ui/companies/CompanyListPage';
import { EditCompanyPage } from '../../../src/ui/companies/EditCompanyPage';
import { NewCompanyPage } from '../../../src/ui/companies/NewCompanyPage';
import { QuestionnairePage } from '../../../src/ui/visit/QuestionnairePage';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  session.set({ state: { kind: 'none' } });
  db = await freshDatabase();
});
afterEach(cleanup);

describe('what the forms say is true', () => {
  it('never shows « ✓ Enregistré » while a field holds an invalid unsaved value', async () => {
    const company = await createCompany({ name: 'Fonderie Perrin', territoryId: 'cu-creusot-montceau' });
    render(<EditCompanyPage id={company.id} />);
    fireEvent.input(await screen.findByLabelText('Notes'), { target: { value: 'Rappeler le responsable HSE' } });
    await screen.findByTestId('saved', undefined, { timeout: 3000 });

    const siret = screen.getByLabelText('SIRET');
    fireEvent.input(siret, { target: { value: '1234' } });
    expect(screen.getByTestId('unsaved').textContent).toContain('Non enregistré : corrigez la valeur');
    expect(screen.queryByTestId('saved')).toBeNull();
    fireEvent.blur(siret);
    await new Promise((r) => setTimeout(r, 700)); // past the autosave delay
    expect(screen.queryByTestId('saved')).toBeNull();

    fireEvent.input(siret, { target: { value: '' } });
    expect(screen.queryByTestId('unsaved')).toBeNull();
    await screen.findByTestId('saved', undefined, { timeout: 3000 });
  });

  it('drops « Corrigez les champs signalés. » once every flagged field is fixed', async () => {
    render(<NewCompanyPage />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Créer et démarrer la visite' }));
    expect(screen.getByText('Corrigez les champs signalés.')).toBeTruthy();
    await user.type(screen.getByLabelText('Raison sociale *'), 'Menuiserie Lambert');
    expect(screen.queryByText('Corrigez les champs signalés.')).not.toBeNull(); // territory still missing
    await user.selectOptions(screen.getByLabelText('Territoire (EPCI) *'), await screen.findByRole('option', { name: 'Dijon métropole' }));
    await waitFor(() => expect(screen.queryByText('Corrigez les champs signalés.')).toBeNull());
  });

  it('does not carry « Mot de passe copié. » over to the next account’s password', async () => {
    const copy = async () => {};
    const { rerender } = render(<OneTimePassword email="a@cci.test" password="premier-secret" onDone={() => {}} copy={copy} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Copier le mot de passe' }));
    expect(await screen.findByText('Mot de passe copié.')).toBeTruthy();
    rerender(<OneTimePassword email="b@cci.test" password="second-secret" onDone={() => {}} copy={copy} />);
    expect(screen.getByText('second-secret')).toBeTruthy();
    expect(screen.queryByText('Mot de passe copié.')).toBeNull();
  });
});

describe('questionnaire lists', () => {
  it('shows a recorded quantity in the family list without expanding the row', async () => {
    const company = await createCompany({ name: 'Cartonnages Morel', territoryId: 'dijon-metropole' });
    render(<QuestionnairePage companyId={company.id} section="materials" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Cartons et emballages carton : À donner / disponible' }));
    const details = await screen.findByRole('button', { name: 'Détails à donner : Cartons et emballages carton' });
    fireEvent.click(details);
    const quantity = await screen.findByLabelText('Quantité');
    fireEvent.input(quantity, { target: { value: '12,5' } });
    fireEvent.blur(quantity);
    fireEvent.click(details); // collapse
    await waitFor(() => expect(screen.queryByLabelText('Quantité')).toBeNull());
    const row = document.querySelector('[data-resource="mat.cardboard"]') as HTMLElement;
    await waitFor(() => expect(within(row).getByTestId('quantity-mat.cardboard-offer').textContent).toBe('12,5 t/an'));
  });

  it('gives a flow a yearly period, and a stock (area, equipment) none', async () => {
    const company = await createCompany({ name: 'Logistique Bernard', territoryId: 'dijon-metropole' });
    render(<QuestionnairePage companyId={company.id} section="logistics" />);
    for (const name of [
      'Surface de stockage : À donner / disponible',
      'Chariot élévateur : Besoin',
      'Transport de marchandises mutualisé (fret) : Besoin',
    ]) {
      fireEvent.click(await screen.findByRole('button', { name }));
      await waitFor(() => expect(screen.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('true'));
    }
    const periods = Object.fromEntries((await db.flux.toArray()).map((f) => [f.resourceCode, f.period]));
    expect(periods).toEqual({ 'log.storage': undefined, 'log.forklift': undefined, 'log.shared-freight': 'year' });
    fireEvent.click(screen.getByRole('button', { name: 'Détails à donner : Surface de stockage' }));
    const period = (await screen.findByLabelText('Période')) as HTMLSelectElement;
    expect(period.selectedOptions[0]?.textContent).toBe('sans période (stock)');
  });
});

describe('company list', () => {
  it('offers an advisor only their territories in the filter', async () => {
    session.set({
      state: {
        kind: 'active',
        token: 't',
        user: { id: 'a', email: 'a@cci.test', name: 'A', role: 'advisor', territoryIds: ['dijon-metropole'] },
      },
    });
    render(<CompanyListPage />);
    const filter = screen.getByLabelText('Territoire') as HTMLSelectElement;
    await waitFor(() => expect([...filter.options].map((o) => o.textContent)).toEqual(['Tous les territoires', 'Dijon métropole']));
  });

  it('offers every territory without an account', async () => {
    render(<CompanyListPage />);
    const filter = screen.getByLabelText('Territoire') as HTMLSelectElement;
    await waitFor(() => expect(filter.options).toHaveLength(6));
  });
});

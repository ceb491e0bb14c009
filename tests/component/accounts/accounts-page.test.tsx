// The "Comptes" page: an administrator creates a colleague's account and reads its password once;
// the server's refusals and missing network or rights are said plainly, in French.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TERRITORIES } from '../../../src/domain/territory';
import type { User } from '../../../src/domain/user';
import type { AccountsApi } from '../../../src/sync/accounts-api';
import { session } from '../../../src/sync/session';
import { createSyncStore, useSyncStore } from '../../../src/sync/storage';
import { AccountsPage } from '../../../src/ui/accounts/AccountsPage';

let n = 0;
const setOnline = (value: boolean) => Object.defineProperty(navigator, 'onLine', { value, configurable: true });
const chef: User = { id: 'u-chef', email: 'chef@cci.fr', name: 'Claire Chef', role: 'admin', territoryIds: ['dijon-metropole'] };
const lea: User = {
  id: 'u-lea',
  email: 'lea@cci.fr',
  name: 'Léa Martin',
  role: 'advisor',
  territoryIds: ['dijon-metropole', 'cc-grand-charolais'],
};
const signIn = (user: User) => session.set({ state: { kind: 'active', token: 't'.repeat(20), user } });

function fakeApi(overrides: Partial<AccountsApi> = {}): AccountsApi {
  return {
    list: vi.fn().mockResolvedValue({ ok: true, value: [chef, lea] }),
    territories: vi.fn().mockResolvedValue({ ok: true, value: DEFAULT_TERRITORIES }),
    create: vi.fn(),
    update: vi.fn(),
    resetPassword: vi.fn(),
    remove: vi.fn(),
    ...overrides,
  };
}

beforeEach(() => {
  useSyncStore(createSyncStore(`accounts-${++n}`));
  signIn(chef);
  setOnline(true);
});
afterEach(cleanup);

describe('accounts page', () => {
  it('lists accounts with the role in French and territories by name', async () => {
    render(<AccountsPage api={fakeApi()} />);
    const item = (await screen.findByText('Léa Martin')).closest('li')!;
    expect(item.textContent).toContain('lea@cci.fr');
    expect(item.textContent).toContain('Conseiller');
    expect(item.textContent).toContain('Dijon métropole, CC Le Grand Charolais');
    // One cannot remove oneself: no such button on one's own card.
    const mine = screen.getByText('Claire Chef').closest('li')!;
    expect(within(mine).queryByRole('button', { name: /Supprimer/ })).toBeNull();
  });

  it('creates an account and shows the generated password once, with a copy button', async () => {
    const paul: User = { id: 'u-paul', email: 'paul@cma.fr', name: 'Paul Durand', role: 'referent', territoryIds: ['cu-creusot-montceau'] };
    const create = vi.fn().mockResolvedValue({ ok: true, value: { user: paul, password: 'Kq7mZp2xWd9rTb4n' } });
    render(<AccountsPage api={fakeApi({ create })} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nouveau compte' }));
    await user.type(screen.getByLabelText('Adresse e-mail'), 'paul@cma.fr');
    await user.type(screen.getByLabelText('Nom et prénom'), 'Paul Durand');
    await user.selectOptions(screen.getByLabelText('Rôle'), 'referent');
    await user.click(screen.getByRole('checkbox', { name: 'CU Creusot-Montceau' }));
    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));

    expect(create).toHaveBeenCalledWith({
      email: 'paul@cma.fr',
      name: 'Paul Durand',
      role: 'referent',
      territoryIds: ['cu-creusot-montceau'],
      password: undefined,
    });
    const secret = await screen.findByTestId('acc-secret');
    expect(secret.textContent).toContain('Kq7mZp2xWd9rTb4n');
    expect(secret.textContent).toContain('il ne sera plus jamais affiché');
    await waitFor(() => expect(document.activeElement).toBe(secret));
    expect(screen.getByText('Paul Durand').closest('li')!.textContent).toContain('Référent territorial');

    await user.click(within(secret).getByRole('button', { name: 'Copier le mot de passe' }));
    expect(await within(secret).findByText(/Mot de passe copié|Copie impossible/)).toBeTruthy();
    await user.click(within(secret).getByRole('button', { name: 'C’est noté, masquer' }));
    expect(screen.queryByText('Kq7mZp2xWd9rTb4n')).toBeNull();
  });

  it('shows the server’s refusal in French, next to the field it names', async () => {
    const create = vi.fn().mockResolvedValue({
      ok: false,
      error: {
        kind: 'http',
        status: 409,
        message: 'Un compte existe déjà pour lea@cci.fr (HTTP 409)',
        serverMessage: 'Un compte existe déjà pour lea@cci.fr',
        field: 'email',
      },
    });
    render(<AccountsPage api={fakeApi({ create })} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nouveau compte' }));
    await user.type(screen.getByLabelText('Adresse e-mail'), 'lea@cci.fr');
    await user.type(screen.getByLabelText('Nom et prénom'), 'Léa bis');
    await user.click(screen.getByRole('checkbox', { name: 'Dijon métropole' }));
    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Un compte existe déjà pour lea@cci.fr');
    expect(document.activeElement).toBe(screen.getByLabelText('Adresse e-mail'));
    expect(screen.queryByTestId('acc-secret')).toBeNull();
  });

  it('asks before removing an account, then removes it', async () => {
    const remove = vi.fn().mockResolvedValue({ ok: true, value: undefined });
    render(<AccountsPage api={fakeApi({ remove })} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Supprimer le compte de Léa Martin' }));
    expect(remove).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Oui, supprimer le compte' }));
    expect(remove).toHaveBeenCalledWith('u-lea');
    await waitFor(() => expect(screen.queryByText('Léa Martin')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Compte de lea@cci.fr supprimé.');
  });

  it('resets a password and shows the new one once', async () => {
    const resetPassword = vi.fn().mockResolvedValue({ ok: true, value: { password: 'Nw8pYt3kRs6vQm2j' } });
    render(<AccountsPage api={fakeApi({ resetPassword })} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Réinitialiser le mot de passe de Léa Martin' }));
    await user.click(screen.getByRole('button', { name: 'Générer un nouveau mot de passe' }));
    expect(resetPassword).toHaveBeenCalledWith('u-lea');
    expect((await screen.findByTestId('acc-secret')).textContent).toContain('Nw8pYt3kRs6vQm2j');
  });

  it('edits the role and territories of an account', async () => {
    const update = vi.fn().mockImplementation(async (_id, changes) => ({ ok: true, value: { ...lea, ...changes } }));
    render(<AccountsPage api={fakeApi({ update })} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Modifier le compte de Léa Martin' }));
    const form = screen.getByRole('form', { name: 'Modifier le compte de Léa Martin' });
    await user.selectOptions(within(form).getByLabelText('Rôle'), 'animator');
    await user.click(within(form).getByRole('checkbox', { name: 'CC Le Grand Charolais' }));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(update).toHaveBeenCalledWith('u-lea', { name: 'Léa Martin', role: 'animator', territoryIds: ['dijon-metropole'] });
    await waitFor(() => expect(screen.getByText('Léa Martin').closest('li')!.textContent).toContain('Animateur'));
  });

  it('says plainly when offline or not signed in as an administrator, without calling the server', () => {
    const api = fakeApi();
    setOnline(false);
    render(<AccountsPage api={api} />);
    expect(screen.getByRole('heading', { name: 'Hors ligne' })).toBeTruthy();
    cleanup();
    setOnline(true);
    signIn(lea);
    render(<AccountsPage api={api} />);
    expect(screen.getByRole('heading', { name: 'Réservé aux administrateurs' })).toBeTruthy();
    expect(api.list).not.toHaveBeenCalled();
  });

  it('explains an unreachable server and retries', async () => {
    const list = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, error: { kind: 'network', message: 'Serveur injoignable' } })
      .mockResolvedValue({ ok: true, value: [chef] });
    render(<AccountsPage api={fakeApi({ list })} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Serveur injoignable');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Claire Chef')).toBeTruthy();
  });
});

// The sign-in form says clearly what went wrong, and what is possible offline.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../../src/sync/session';
import { createSyncStore, useSyncStore } from '../../../src/sync/storage';
import { LoginPage } from '../../../src/ui/sync/LoginPage';
import { SyncStatus } from '../../../src/ui/sync/SyncStatus';

let n = 0;
const setOnline = (value: boolean) => Object.defineProperty(navigator, 'onLine', { value, configurable: true });

beforeEach(() => {
  useSyncStore(createSyncStore(`login-${++n}`));
  session.set({ state: { kind: 'none' } });
  setOnline(true);
});
afterEach(cleanup);

describe('login page', () => {
  it('shows the server’s reason when sign-in fails, and keeps the e-mail', async () => {
    const login = vi
      .fn()
      .mockResolvedValue({ ok: false, error: { kind: 'http', status: 401, message: 'Adresse e-mail ou mot de passe incorrect' } });
    const onDone = vi.fn();
    render(<LoginPage login={login} onDone={onDone} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Adresse e-mail'), 'alice@cci.test');
    await user.type(screen.getByLabelText('Mot de passe'), 'mauvais');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Adresse e-mail ou mot de passe incorrect');
    expect(login).toHaveBeenCalledWith('alice@cci.test', 'mauvais');
    expect(onDone).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Adresse e-mail') as HTMLInputElement).value).toBe('alice@cci.test');
  });

  it('goes on after a successful sign-in (Enter submits)', async () => {
    const login = vi.fn().mockResolvedValue({ ok: true, value: {} });
    const onDone = vi.fn();
    render(<LoginPage login={login} onDone={onDone} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Adresse e-mail'), 'alice@cci.test');
    await user.type(screen.getByLabelText('Mot de passe'), 'secret{Enter}');
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('offline without a session: says sign-in needs the network and offers to go on without an account', async () => {
    setOnline(false);
    const onDone = vi.fn();
    render(<LoginPage login={vi.fn()} onDone={onDone} />);
    expect(screen.getByTestId('sync-login-offline').textContent).toContain('la connexion nécessite le réseau');
    expect((screen.getByRole('button', { name: 'Se connecter' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Continuer sans compte (hors ligne)' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(session.get().state.kind).toBe('guest');
  });

  it('offline with a session: reassures that work goes on', () => {
    setOnline(false);
    session.set({
      state: {
        kind: 'active',
        token: 't'.repeat(20),
        user: { id: 'a', email: 'a@b.fr', name: 'Alice', role: 'advisor', territoryIds: [] },
      },
    });
    render(<LoginPage login={vi.fn()} />);
    expect(screen.getByTestId('sync-login-offline').textContent).toContain('vous pouvez continuer à travailler');
    expect(screen.queryByRole('button', { name: /Continuer sans compte/ })).toBeNull();
  });

  it('the header’s « Se connecter » comes back to the page it was pressed on, and follows the page', async () => {
    location.hash = '#/ateliers/w1/saisie?entreprise=c1';
    render(<SyncStatus />);
    const link = await screen.findByRole('link', { name: 'Se connecter' });
    expect(link.getAttribute('href')).toBe(`#/connexion?retour=${encodeURIComponent('#/ateliers/w1/saisie?entreprise=c1')}`);
    location.hash = '#/entreprises';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe(
        `#/connexion?retour=${encodeURIComponent('#/entreprises')}`,
      ),
    );
    location.hash = '';
  });
});

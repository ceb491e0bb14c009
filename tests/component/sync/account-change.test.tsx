// When a sync brings an admin's change to the signed-in account, the person is told, once.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '../../../src/domain/user';
import { session } from '../../../src/sync/session';
import { Toasts } from '../../../src/ui/components/toasts';
import { useAccountChangeNotice } from '../../../src/ui/sync/account-change';
import { freshDatabase } from '../../fixtures/db';

const alice: User = { id: 'u1', email: 'alice@cci.test', name: 'Alice', role: 'advisor', territoryIds: ['dijon-metropole'] };
const signedIn = (user: User) => session.set({ state: { kind: 'active', token: 't'.repeat(20), user } });

function Probe() {
  useAccountChangeNotice();
  return <Toasts />;
}

beforeEach(async () => {
  await freshDatabase();
  signedIn(alice);
});
afterEach(() => {
  cleanup();
  session.set({ state: { kind: 'none' } });
});

describe('account change notice', () => {
  it('shows a toast naming the territory taken away, with a way to the territories', async () => {
    render(<Probe />);
    act(() => signedIn({ ...alice }));
    expect(document.querySelector('.toast')).toBeNull();
    act(() => signedIn({ ...alice, territoryIds: ['cu-creusot-montceau'] }));
    expect(await screen.findByText(/Territoire retiré de votre compte : Dijon métropole/)).toBeTruthy();
    expect(screen.getByText(/Territoire ajouté à votre compte : CU Creusot-Montceau/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Voir mes territoires' })).toBeTruthy();
  });
});

// « À traiter »: proposals best score first, one-tap decisions with « Annuler », a reason required
// to set one aside, paging, and only the referent's territories.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearHeld, hold } from '../../fixtures/held-synergies';
import { followupOfSynergy } from '../../../src/db/followups';
import { Toasts } from '../../../src/ui/components/toasts';
import { QueuePage } from '../../../src/ui/followups/QueuePage';
import { eachTestOnAFreshDevice, proposal, signInAs } from './helpers';

// The matcher's held result, as the screens ask for it (the worker itself is tested in tests/unit/matching).
vi.mock('../../../src/matching/store', async () => (await import('../../fixtures/held-synergies')).fakeStore);

eachTestOnAFreshDevice();
afterEach(clearHeld);

const renderQueue = () =>
  render(
    <>
      <QueuePage />
      <Toasts />
    </>,
  );

const cards = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('fu-card'));
const cardOf = (n: number) => screen.getByText(new RegExp(`Proposition n° ${n} `)).closest('li')!;

describe('the « À traiter » queue', () => {
  it('lists proposals best score first, and « Retenir » takes one out, undoable', async () => {
    hold(proposal(1, 40), proposal(2, 90), proposal(3, 65));
    renderQueue();
    await screen.findByText(/Proposition n° 2/);
    expect(cards().map((c) => within(c).getByLabelText(/^Score/).textContent)).toEqual(['90', '65', '40']);
    expect(screen.getByText('3 synergies à traiter, la meilleure d’abord')).toBeTruthy();

    fireEvent.click(within(cardOf(2)).getByRole('button', { name: 'Retenir' }));
    await screen.findByText('Synergie retenue');
    await waitFor(() => expect(screen.queryByText(/Proposition n° 2/)).toBeNull());
    const retained = await followupOfSynergy(proposal(2, 90).id);
    expect(retained).toMatchObject({ status: 'retained' });
    expect(retained!.history.at(-1)).toMatchObject({ from: 'proposed', to: 'retained', by: 'u-referent', byName: 'Rémi Référent' });

    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await screen.findByText(/Proposition n° 2/);
    const undone = await followupOfSynergy(proposal(2, 90).id);
    expect(undone!.status).toBe('proposed');
    // The history keeps both moves.
    expect(undone!.history.map((h) => h.to)).toEqual(['proposed', 'retained', 'proposed']);
  });

  it('« Plus tard » puts it En attente, with its reason', async () => {
    hold(proposal(1, 70));
    renderQueue();
    fireEvent.click(within(await screen.findByRole('group', { name: 'Décision' })).getByRole('button', { name: 'Plus tard' }));
    fireEvent.input(screen.getByLabelText('Pourquoi plus tard ? *'), { target: { value: 'Budget voté en janvier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mettre en attente' }));
    await screen.findByText('Synergie mise en attente');
    expect((await followupOfSynergy(proposal(1, 70).id))!.status).toBe('on-hold');
    await screen.findByText('Rien à traiter');
  });

  it('« Écarter » needs a reason, and « Autre » needs its text', async () => {
    hold(proposal(1, 70));
    renderQueue();
    fireEvent.click(await screen.findByRole('button', { name: 'Écarter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Écarter' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choisissez un motif pour écarter cette synergie');
    fireEvent.click(screen.getByLabelText('Autre'));
    fireEvent.click(screen.getByRole('button', { name: 'Écarter' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Précisez le motif « Autre »'));
    expect(await followupOfSynergy(proposal(1, 70).id)).toBeUndefined();

    fireEvent.input(screen.getByLabelText('Précisez le motif *'), { target: { value: 'Fermeture du site prévue' } });
    fireEvent.click(screen.getByRole('button', { name: 'Écarter' }));
    await screen.findByText('Synergie écartée');
    expect(await followupOfSynergy(proposal(1, 70).id)).toMatchObject({
      status: 'rejected',
      rejection: { reason: 'other', text: 'Fermeture du site prévue' },
    });
  });

  it('Échap closes the reason picker without deciding', async () => {
    hold(proposal(1, 70));
    renderQueue();
    fireEvent.click(await screen.findByRole('button', { name: 'Écarter' }));
    fireEvent.keyDown(screen.getByLabelText('Trop loin'), { key: 'Escape' });
    await screen.findByRole('button', { name: 'Retenir' });
    expect(await followupOfSynergy(proposal(1, 70).id)).toBeUndefined();
  });

  it('shows 20 at a time and only the referent’s territories', async () => {
    const many = Array.from({ length: 23 }, (_, i) => proposal(i + 1, 50 + i, ['dijon-metropole']));
    hold(...many, proposal(99, 100, ['cc-grand-charolais']));
    renderQueue();
    await screen.findByText(/Proposition n° 23/);
    expect(screen.queryByText(/Proposition n° 99/)).toBeNull();
    expect(cards()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 3 de plus (20 sur 23)' }));
    await waitFor(() => expect(cards()).toHaveLength(23));
  });

  it('shows advisors the proposals without the decisions, and says why', async () => {
    await signInAs('advisor');
    hold(proposal(1, 70));
    renderQueue();
    await screen.findByText(/Proposition n° 1/);
    expect(screen.queryByRole('button', { name: 'Retenir' })).toBeNull();
    expect(screen.getByText(/seuls les référents du territoire et les administrateurs modifient le suivi/)).toBeTruthy();
  });
});

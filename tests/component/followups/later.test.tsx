// « Plus tard » asks why and, optionally, until when; on that day the lead is back in « À traiter »,
// its card saying why it waited, and it can be decided or put off again.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearHeld, hold } from '../../fixtures/held-synergies';
import { changeStatus, followupOfSynergy, openFollowup } from '../../../src/db/followups';
import { FollowupPage } from '../../../src/ui/followups/FollowupPage';
import { REFERENT } from '../../fixtures/followups';
import { Toasts } from '../../../src/ui/components/toasts';
import { validateLater } from '../../../src/ui/followups/LaterPicker';
import { QueuePage } from '../../../src/ui/followups/QueuePage';
import { eachTestOnAFreshDevice, proposal } from './helpers';

vi.mock('../../../src/matching/store', async () => (await import('../../fixtures/held-synergies')).fakeStore);

eachTestOnAFreshDevice();
afterEach(() => {
  clearHeld();
  vi.useRealTimers();
});

const renderQueue = () =>
  render(
    <>
      <QueuePage />
      <Toasts />
    </>,
  );

async function putOff(reason: string, until?: string) {
  fireEvent.click(within(await screen.findByRole('group', { name: 'Décision' })).getByRole('button', { name: 'Plus tard' }));
  fireEvent.input(screen.getByLabelText('Pourquoi plus tard ? *'), { target: { value: reason } });
  if (until) fireEvent.input(screen.getByLabelText('À revoir le (facultatif)'), { target: { value: until } });
  fireEvent.click(screen.getByRole('button', { name: 'Mettre en attente' }));
}

describe('« Plus tard »', () => {
  it('needs a reason and a return day after today', () => {
    expect(validateLater('  ', '')).toBe('Dites pourquoi la remettre à plus tard');
    expect(validateLater('Budget', '2026-03-01', '2026-03-01')).toBe('Choisissez une date de retour après aujourd’hui');
    expect(validateLater('Budget', '2026-04-01', '2026-03-01')).toEqual({ reason: 'Budget', until: '2026-04-01' });
    expect(validateLater('Budget', '', '2026-03-01')).toEqual({ reason: 'Budget' });
  });

  it('refuses to decide without a reason, then records the reason and day in the follow-up and its history', async () => {
    hold(proposal(1, 70));
    renderQueue();
    fireEvent.click(within(await screen.findByRole('group', { name: 'Décision' })).getByRole('button', { name: 'Plus tard' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mettre en attente' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Dites pourquoi la remettre à plus tard');
    expect(await followupOfSynergy(proposal(1, 70).id)).toBeUndefined();

    fireEvent.input(screen.getByLabelText('Pourquoi plus tard ? *'), { target: { value: 'Budget voté en janvier' } });
    fireEvent.input(screen.getByLabelText('À revoir le (facultatif)'), { target: { value: '2099-01-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mettre en attente' }));
    await screen.findByText('Synergie mise en attente jusqu’au 15/01/2099');
    const f = await followupOfSynergy(proposal(1, 70).id);
    expect(f).toMatchObject({ status: 'on-hold', onHold: { reason: 'Budget voté en janvier', until: '2099-01-15' } });
    expect(f!.history.at(-1)).toMatchObject({ to: 'on-hold', comment: 'Budget voté en janvier (à revoir le 15/01/2099)' });
    await screen.findByText('Rien à traiter');
  });

  it('brings the lead back to « À traiter » on its day, saying why it waited, and « Retenir » then clears the wait', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00'));
    hold(proposal(1, 70));
    const first = renderQueue();
    await putOff('Attendre le nouveau contrat de collecte', '2027-01-04');
    await screen.findByText('Rien à traiter');
    first.unmount();

    vi.setSystemTime(new Date('2027-01-03T10:00:00'));
    const dayBefore = renderQueue();
    await screen.findByText('Rien à traiter');
    dayBefore.unmount();

    vi.setSystemTime(new Date('2027-01-04T08:00:00'));
    renderQueue();
    const back = await screen.findByTestId('back-from-wait');
    expect(back.textContent).toBe('De retour : mise en attente jusqu’au 04/01/2027 — Attendre le nouveau contrat de collecte');
    fireEvent.click(screen.getByRole('button', { name: 'Retenir' }));
    await screen.findByText('Synergie retenue');
    const f = await followupOfSynergy(proposal(1, 70).id);
    expect(f!.status).toBe('retained');
    expect(f!.onHold).toBeUndefined();
  });

  it('puts a lead back from its wait off again with a new day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00'));
    hold(proposal(1, 70));
    const first = renderQueue();
    await putOff('Budget', '2026-12-10');
    await screen.findByText('Rien à traiter');
    first.unmount();

    vi.setSystemTime(new Date('2026-12-11T10:00:00'));
    renderQueue();
    await screen.findByTestId('back-from-wait');
    await putOff('Budget reporté', '2027-02-01');
    await screen.findByText('Synergie mise en attente jusqu’au 01/02/2027');
    await waitFor(async () =>
      expect((await followupOfSynergy(proposal(1, 70).id))!.onHold).toEqual({ reason: 'Budget reporté', until: '2027-02-01' }),
    );
    await screen.findByText('Rien à traiter');
  });

  it('is asked the same way from the follow-up page, which then says why it waits and until when', async () => {
    hold(proposal(5, 70));
    const f = await openFollowup(proposal(5, 70), REFERENT);
    await changeStatus(f.id, 'retained', REFERENT);
    render(<FollowupPage id={f.id} />);
    fireEvent.click(await screen.findByRole('button', { name: '→ En attente…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mettre en attente' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Dites pourquoi la remettre à plus tard');
    fireEvent.input(screen.getByLabelText('Pourquoi plus tard ? *'), { target: { value: 'Travaux de l’usine' } });
    fireEvent.input(screen.getByLabelText('À revoir le (facultatif)'), { target: { value: '2099-06-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mettre en attente' }));
    const waiting = await screen.findByTestId('on-hold');
    expect(waiting.textContent).toBe('En attente : Travaux de l’usine — revient dans « À traiter » le 01/06/2099');
    expect((await followupOfSynergy(proposal(5, 70).id))!.history.at(-1)).toMatchObject({
      from: 'retained',
      to: 'on-hold',
      comment: 'Travaux de l’usine (à revoir le 01/06/2099)',
    });
  });
});

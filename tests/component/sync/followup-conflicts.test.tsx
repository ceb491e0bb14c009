// A follow-up's status conflict on screen: the referent whose status was kept is told by name and
// may confirm it (a history line), the one who lost chooses with the reason tied to the status, and
// the history strikes the lost status through with who won.
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { conflictLine, openConflicts, type Followup, type HistoryEntry } from '../../../src/domain';
import { HistorySection } from '../../../src/ui/followups/HistorySection';
import { ConflictsPage } from '../../../src/ui/sync/ConflictsPage';
import { sampleFollowup } from '../../fixtures/followups';
import { eachTestOnAFreshDevice } from '../followups/helpers';

eachTestOnAFreshDevice();

const T0 = Date.parse('2026-03-02T09:00:00Z');
const move = (id: string, at: number, from: HistoryEntry['from'], to: HistoryEntry['to'], by: string, byName: string): HistoryEntry => ({
  id,
  at,
  by,
  byName,
  from,
  to,
  comment: '',
});
const opening = move('h0', T0, null, 'proposed', 'u-referent', 'Rémi Référent');
const kept = move('alice', T0 + 2000, 'proposed', 'retained', 'u-referent', 'Rémi Référent');
const lost = move('bob', T0 + 1000, 'proposed', 'rejected', 'u-bob', 'Bob Bernard');
const line = conflictLine({
  id: 'cf-1',
  at: T0 + 5000,
  by: 'u-bob',
  before: [opening, kept],
  sent: [lost],
  pushed: 'rejected',
  kept: 'retained',
})!;
const inConflict = (): Followup => sampleFollowup({ status: 'retained', history: [opening, kept, lost, line], rev: 4 });

describe('a follow-up status conflict', () => {
  it('tells the referent whose status was kept, by name, and confirming it writes the history', async () => {
    const record = inConflict();
    await db().followups.put(record);
    await db().conflicts.put({
      id: 'notice-cf-1',
      table: 'followups',
      recordId: record.id,
      recordKey: `followups:${record.id}`,
      fields: ['status'],
      local: { status: 'retained' },
      server: record,
      createdAt: 1,
      historyConflictId: 'cf-1',
      notice: true,
    });
    render(<ConflictsPage />);
    const card = await screen.findByRole('region', { name: 'Suivi de synergie : Fonderie du Creusot ↔ Menuiserie Bois & Cie' });
    expect(card.textContent).toContain('« Retenue (à étudier) » de Rémi Référent a été gardé');
    expect(card.textContent).toContain('Bob Bernard avait choisi « Écartée »');
    expect(card.textContent).not.toContain('u-bob');
    expect(screen.getByRole('link', { name: 'Ouvrir le suivi' }).getAttribute('href')).toBe(`#/suivi/${record.id}`);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Garder « Retenue (à étudier) »' }));
    await waitFor(async () => expect(await db().conflicts.count()).toBe(0));
    const stored = (await db().followups.get(record.id))!;
    expect(stored.status).toBe('retained');
    expect(stored.history.at(-1)).toMatchObject({ kind: 'resolution', resolves: 'cf-1', byName: 'Rémi Référent' });
    expect(openConflicts(stored.history)).toEqual([]);
    const [pending] = await db().outbox.toArray();
    expect(pending?.patch).toHaveProperty('history');
  });

  it('lets the one who lost choose the status with its reason, never « Retenue » with a reason', async () => {
    const record = inConflict();
    await db().followups.put(record);
    await db().conflicts.put({
      id: 'k-1',
      table: 'followups',
      recordId: record.id,
      recordKey: `followups:${record.id}`,
      fields: ['status', 'rejection'],
      local: { status: 'rejected', rejection: { reason: 'too-far', text: '' } },
      server: record,
      createdAt: 1,
      historyConflictId: 'cf-1',
    });
    render(<ConflictsPage />);
    const form = await screen.findByRole('form', { name: /Suivi de synergie/ });
    expect(form.textContent).toContain('« Écartée » de Bob Bernard n’a pas pris effet');
    // The reason is chosen with the status: one question, not two.
    expect(screen.queryByRole('group', { name: 'Motif d’écartement' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Statut' }).textContent).toContain('Écartée · Motif : Trop loin');

    // Each side says whose choice it is.
    expect(screen.getByRole('radio', { name: /Cet appareil \(Bob Bernard\)/ })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('radio', { name: /Serveur \(Rémi Référent\)/ }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Résoudre' }));
    await waitFor(async () => expect(await db().conflicts.count()).toBe(0));
    const stored = (await db().followups.get(record.id))!;
    expect(stored.status).toBe('retained');
    expect(stored.rejection).toBeUndefined();
    expect(stored.history.at(-1)).toMatchObject({ kind: 'resolution', from: 'retained', to: 'retained' });
  });

  it('strikes the lost status through in the history, with who won, and says the conflict is open', () => {
    render(<HistorySection history={inConflict().history} />);
    const items = screen.getAllByRole('listitem');
    // Newest first: the conflict line agrees with the status.
    expect(items[0]!.textContent).toContain('« Retenue (à étudier) » de Rémi Référent est gardé');
    expect(items[0]!.textContent).toContain('Non résolu');
    const lostItem = items.find((li) => li.textContent?.includes('Proposée → Écartée'))!;
    expect(lostItem.querySelector('s')?.textContent).toBe('Proposée → Écartée');
    expect(lostItem.textContent).toContain(
      'N’a pas pris effet : conflit de synchronisation, « Retenue (à étudier) » de Rémi Référent a été gardé.',
    );
    expect(lostItem.getAttribute('data-counts')).toBe('non');
  });
});

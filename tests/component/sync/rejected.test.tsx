// Changes the server refused: the header says so instead of « À jour », and the Synchronisation page
// names each record as people know it, in French, with a way out that can work.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCompany, updateCompany } from '../../../src/db/companies';
import { SynergiesDB, db, useDatabase } from '../../../src/db/database';
import { addFlux } from '../../../src/db/flux';
import { openVisit } from '../../../src/db/visits';
import { syncEngine } from '../../../src/sync';
import { session } from '../../../src/sync/session';
import { createSyncStore, useSyncStore } from '../../../src/sync/storage';
import { RejectedChanges } from '../../../src/ui/sync/RejectedChanges';
import { SyncStatus } from '../../../src/ui/sync/SyncStatus';
import { DEFAULT_TERRITORIES } from '../../../src/domain';

const FORBIDDEN = 'Territoire non autorisé pour ce compte';
const dijon = DEFAULT_TERRITORIES.filter((t) => t.id === 'dijon-metropole');
let n = 0;

/** A company filed under a territory the advisor may not write, and one of its flux: both refused. */
async function refusedCompanyAndFlux(reason = FORBIDDEN, errorCode = 'territory-forbidden') {
  const company = await createCompany({ name: 'Scierie Morel', territoryId: 'cc-grand-charolais' });
  await addFlux(company.id, 'mat.wood-pallets', 'offer');
  const at = Date.now();
  await db().outbox.toCollection().modify({ sentAt: at, rejectedAt: at, error: reason, errorCode });
  return company;
}

beforeEach(() => {
  useDatabase(new SynergiesDB(`rejected-ui-${++n}`));
  useSyncStore(createSyncStore(`rejected-kv-${n}`));
  session.set({
    state: {
      kind: 'active',
      token: 't',
      user: { id: 'alice', email: 'alice@cci.test', name: 'Alice', role: 'advisor', territoryIds: ['dijon-metropole'] },
    },
  });
});
afterEach(cleanup);

describe('refused changes', () => {
  it('the header shows a badge instead of « À jour »', () => {
    syncEngine().status.update({ pending: 0, rejected: 2, conflicts: 0, inProgress: false, lastSyncAt: Date.now() });
    render(<SyncStatus />);
    const status = screen.getByTestId('sync-status');
    expect(within(status).getByTestId('sync-rejected-badge').textContent).toBe('2 modifications refusées');
    expect(status.textContent).not.toContain('À jour');
  });

  it('names each record in French, never internal fields, and offers no retry that would fail', async () => {
    await refusedCompanyAndFlux();
    render(<RejectedChanges userTerritories={dijon} restricted />);
    const items = await screen.findAllByTestId('sync-rejected');
    expect(items).toHaveLength(2);
    const text = items.map((i) => i.textContent).join('\n');
    expect(text).toContain('Scierie Morel');
    expect(text).toContain('Palettes bois (à donner / disponible) — Scierie Morel');
    expect(text).toContain('Création — champs : Raison sociale');
    expect(text).toContain('Territoire');
    expect(text).toContain(`Motif : ${FORBIDDEN}`);
    for (const internal of ['nameKey', 'createdAt', 'updatedAt', 'rev', 'id,', 'Identifiant', 'companyId', 'resourceCode']) {
      expect(text).not.toContain(internal);
    }
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
    expect(within(items[0]!).getByRole('link', { name: 'Corriger' }).getAttribute('href')).toMatch(/^#\/entreprises\/.+\/modifier$/);
  });

  it('moves the company to one of the user’s territories and resends everything refused with it', async () => {
    const company = await refusedCompanyAndFlux();
    render(<RejectedChanges userTerritories={dijon} restricted />);
    const user = userEvent.setup();
    const [first] = await screen.findAllByTestId('sync-rejected');
    // The advisor has one territory: it is preselected.
    await user.click(within(first!).getByRole('button', { name: 'Déplacer et renvoyer' }));
    await waitFor(async () =>
      expect(
        await db()
          .outbox.filter((e) => e.rejectedAt !== undefined)
          .count(),
      ).toBe(0),
    );
    expect((await db().companies.get(company.id))?.territoryId).toBe('dijon-metropole');
    const pending = await db().outbox.toArray();
    expect(pending.every((e) => e.sentAt === undefined)).toBe(true);
    expect(pending.find((e) => e.table === 'companies')?.patch).toMatchObject({ name: 'Scierie Morel', territoryId: 'dijon-metropole' });
    expect(pending.some((e) => e.table === 'flux')).toBe(true);
    await waitFor(() => expect(screen.queryAllByTestId('sync-rejected')).toHaveLength(0));
  });

  it('exports a refused change to a file, then gives it up after confirmation', async () => {
    await refusedCompanyAndFlux();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:refused');
    render(<RejectedChanges userTerritories={dijon} restricted />);
    const user = userEvent.setup();
    const [first] = await screen.findAllByTestId('sync-rejected');
    await user.click(within(first!).getByRole('button', { name: 'Exporter puis abandonner' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    const blob = created.mock.calls[0]![0] as Blob;
    const exported = JSON.parse(await blob.text()) as Record<string, unknown>;
    expect(exported).toMatchObject({ title: 'Scierie Morel', reason: FORBIDDEN, change: { name: 'Scierie Morel' } });
    expect(await db().outbox.count()).toBe(2); // nothing discarded before the confirmation
    await user.click(within(first!).getByRole('button', { name: 'Abandonner' }));
    await waitFor(async () => expect(await db().outbox.count()).toBe(1));
    created.mockRestore();
  });

  it('offers « Réessayer » once an invalid record has been corrected', async () => {
    const company = await refusedCompanyAndFlux('Notes : caractère invalide', 'invalid');
    render(<RejectedChanges userTerritories={dijon} restricted />);
    await screen.findAllByTestId('sync-rejected');
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    await updateCompany(company.id, { notes: 'corrigé' });
    const retry = await screen.findByRole('button', { name: 'Réessayer' });
    await userEvent.setup().click(retry);
    await waitFor(async () =>
      expect(
        await db()
          .outbox.filter((e) => e.rejectedAt !== undefined)
          .count(),
      ).toBe(1),
    );
  });

  it('names the company instead of its id when a visit waits for it, and retries once it is accepted', async () => {
    const company = await createCompany({ name: 'Scierie Morel', territoryId: 'cc-grand-charolais' });
    const at = Date.now();
    await db().outbox.toCollection().modify({ sentAt: at, rejectedAt: at, error: FORBIDDEN, errorCode: 'territory-forbidden' });
    await openVisit(company.id);
    const unknown = `Entreprise inconnue du serveur : ${company.id} (envoyez d’abord l’entreprise)`;
    await db()
      .outbox.filter((e) => e.table === 'visits')
      .modify({ sentAt: at, rejectedAt: at, error: unknown, errorCode: 'company-unknown' });
    render(<RejectedChanges userTerritories={dijon} restricted />);
    const items = await screen.findAllByTestId('sync-rejected');
    const visit = items.find((i) => i.textContent?.includes('Visite du'))!;
    expect(visit.textContent).toContain('Motif : Entreprise inconnue du serveur : « Scierie Morel »');
    expect(visit.textContent).not.toContain(company.id);
    expect(within(visit).queryByRole('button', { name: 'Réessayer' })).toBeNull();
    expect(within(visit).getByRole('button', { name: 'Déplacer et renvoyer' })).toBeTruthy();

    // Once the company itself is no longer refused, the visit can go.
    await db()
      .outbox.filter((e) => e.table === 'companies')
      .delete();
    await waitFor(() => expect(screen.getAllByTestId('sync-rejected')).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('offers the ways out from the refusal code, whatever the words of the sentence', async () => {
    // A reworded sentence still offers the move; a sentence that happens to speak of a territory
    // but carries another code does not.
    await refusedCompanyAndFlux('Fiche hors de vos zones', 'territory-forbidden');
    render(<RejectedChanges userTerritories={dijon} restricted />);
    const items = await screen.findAllByTestId('sync-rejected');
    expect(within(items[0]!).getByRole('button', { name: 'Déplacer et renvoyer' })).toBeTruthy();
    cleanup();
    await db().outbox.toCollection().modify({ error: FORBIDDEN, errorCode: 'invalid' });
    render(<RejectedChanges userTerritories={dijon} restricted />);
    const again = await screen.findAllByTestId('sync-rejected');
    expect(within(again[0]!).queryByRole('button', { name: 'Déplacer et renvoyer' })).toBeNull();
  });
});

// The synergy pages read what the matcher wrote in IndexedDB: list with filters, detail, per company.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SynergiesDB, db, useDatabase, withSearchKey } from '../../../src/db/database';
import { MatchBridge, useMatchingBridge } from '../../../src/matching/bridge';
import { rematchAll } from '../../../src/matching/store';
import { CompanySynergies } from '../../../src/ui/synergies/CompanySynergies';
import { SynergiesPage } from '../../../src/ui/synergies/SynergiesPage';
import { SynergyDetail } from '../../../src/ui/synergies/SynergyDetail';
import { company, flux } from '../../fixtures/matching';

let n = 0;
beforeEach(async () => {
  useDatabase(new SynergiesDB(`synergy-pages-${n++}`));
  useMatchingBridge(new MatchBridge({ forceMainThread: true }));
  await db().open();
});
afterEach(() => {
  cleanup();
  db().close();
});

async function recordCardboardAndTraining() {
  await db().companies.bulkPut(
    [company('cartonnages-x', 'Cartonnages X', 0), company('imprimerie-y', 'Imprimerie Y', 4)].map(withSearchKey),
  );
  await db().flux.bulkPut([
    flux('f-offer', 'cartonnages-x', 'mat.cardboard', 'offer', { quantity: 12, unit: 't', period: 'year' }),
    flux('f-need', 'imprimerie-y', 'mat.cardboard', 'need', { quantity: 10, unit: 't', period: 'year' }),
    flux('f-sst-x', 'cartonnages-x', 'comp.training-sst', 'need'),
    flux('f-sst-y', 'imprimerie-y', 'comp.training-sst', 'need'),
  ]);
}

describe('synergy pages', () => {
  it('explains what to record when there is no synergy yet', async () => {
    render(<SynergiesPage />);
    expect(await screen.findByText('Aucune synergie pour l’instant')).toBeTruthy();
  });

  it('shows the synergies appear after "Recalculer", and filters them by kind', async () => {
    await recordCardboardAndTraining();
    render(<SynergiesPage />);
    await screen.findByText('Aucune synergie pour l’instant');
    fireEvent.click(screen.getByRole('button', { name: 'Recalculer' }));
    const sentence = 'Cartonnages X offre 12 t/an de cartons et emballages carton à 4 km d’Imprimerie Y, qui en recherche 10 t/an.';
    expect(await screen.findByText(sentence)).toBeTruthy();
    expect(screen.getByText(/2 synergies sur 2/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Nature'), { target: { value: 'mutualisation' } });
    await waitFor(() => expect(screen.queryByText(sentence)).toBeNull());
    expect(screen.getByText(/Formation mutualisée possible/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Formation mutualisée/ });
    expect(link.getAttribute('href')).toMatch(/^#\/synergies\/mut:/);
  });

  it('details both sides of a substitution with links to the companies', async () => {
    await recordCardboardAndTraining();
    await rematchAll();
    const substitution = (await db().synergies.toArray()).find((s) => s.kind === 'substitution')!;
    render(<SynergyDetail id={substitution.id} />);
    expect(await screen.findByRole('link', { name: 'Cartonnages X' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Imprimerie Y' }).getAttribute('href')).toBe('#/entreprises/imprimerie-y');
    expect(screen.getByText('12 t/an')).toBeTruthy();
    expect(screen.getByText('Qui reçoit')).toBeTruthy();
  });

  it('says so when a synergy no longer exists', async () => {
    render(<SynergyDetail id="sub:0000000000000000" />);
    expect(await screen.findByText('Synergie introuvable')).toBeTruthy();
  });

  it('lists the synergies of one company', async () => {
    await recordCardboardAndTraining();
    await rematchAll();
    render(<CompanySynergies companyId="imprimerie-y" />);
    expect(await screen.findAllByRole('link')).toHaveLength(2);
  });

  it('shows both phases of "Recalculer": the search, then the records saved so far', async () => {
    await recordCardboardAndTraining();
    // Each phase waits for the test to open its gate, so the progress can be read without timing.
    const gates = { matched: deferred(), page: deferred() };
    class GatedBridge extends MatchBridge {
      override matchAll(...args: Parameters<MatchBridge['matchAll']>) {
        return gates.matched.promise.then(() => super.matchAll(...args));
      }
      override page(runId: number, index: number) {
        return gates.page.promise.then(() => super.page(runId, index));
      }
    }
    useMatchingBridge(new GatedBridge({ forceMainThread: true, pageSize: 1 }));
    render(<SynergiesPage />);
    await screen.findByText('Aucune synergie pour l’instant');
    fireEvent.click(screen.getByRole('button', { name: 'Recalculer' }));
    expect(await screen.findByText('Recherche des synergies…')).toBeTruthy();
    gates.matched.resolve();
    expect(await screen.findByText('Enregistrement : 0 / 2')).toBeTruthy();
    gates.page.resolve();
    expect(await screen.findByText(/2 synergies sur 2/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Recalculer' })).toBeTruthy());
  });
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

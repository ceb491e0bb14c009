// The synergy pages read what the matching worker holds (query API): paged list with filters and
// counts, detail, per company; they follow its changes without a synergies table.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SynergiesDB, db, useDatabase, withSearchKey } from '../../../src/db/database';
import { MatchBridge, useMatchingBridge } from '../../../src/matching/bridge';
import { querySynergies, rematchAll, rematchCompany } from '../../../src/matching/store';
import { syntheticRegion } from '../../../src/matching/synthetic';
import { CompanySynergies } from '../../../src/ui/synergies/CompanySynergies';
import { SynergiesPage } from '../../../src/ui/synergies/SynergiesPage';
import { SynergyDetail } from '../../../src/ui/synergies/SynergyDetail';
import { parseRoute, synergyHref } from '../../../src/ui/router';
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
    // Opening the page matches what is stored: nothing yet.
    render(<SynergiesPage />);
    await screen.findByText('Aucune synergie pour l’instant');
    // Recorded without the scheduler running: only « Recalculer » can show them.
    await recordCardboardAndTraining();
    fireEvent.click(screen.getByRole('button', { name: 'Recalculer' }));
    const sentence = 'Cartonnages X offre 12 t/an de cartons et emballages carton à 4 km d’Imprimerie Y, qui en recherche 10 t/an.';
    expect(await screen.findByText(sentence)).toBeTruthy();
    expect(screen.getByText(/2 synergies sur 2/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Nature'), { target: { value: 'mutualisation' } });
    await waitFor(() => expect(screen.queryByText(sentence)).toBeNull());
    expect(screen.getByText(/Formation mutualisée possible/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Formation mutualisée/ });
    expect(parseRoute(link.getAttribute('href')!).params.id).toMatch(/^mut:[0-9a-f]{16}$/);
  });

  it('opens the synergy a card links to (its id holds « : », encoded in the link)', async () => {
    await recordCardboardAndTraining();
    render(<SynergiesPage />);
    const link = await screen.findByRole('link', { name: /Formation mutualisée/ });
    const route = parseRoute(link.getAttribute('href')!);
    expect(route.name).toBe('synergy');
    cleanup();
    render(<SynergyDetail id={route.params.id!} />);
    expect(await screen.findByText(/Formation mutualisée possible/)).toBeTruthy();
    expect(screen.queryByText('Synergie introuvable')).toBeNull();
  });

  it('details both sides of a substitution with links to the companies', async () => {
    await recordCardboardAndTraining();
    await rematchAll();
    const [substitution] = (await querySynergies({ kind: 'substitution' })).items;
    render(<SynergyDetail id={substitution!.id} />);
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

  it('shows the search while « Recalculer » runs, then the list', async () => {
    await recordCardboardAndTraining();
    // The run waits for the test to open its gate, so the progress can be read without timing.
    const gate = deferred();
    class GatedBridge extends MatchBridge {
      override matchAll(...args: Parameters<MatchBridge['matchAll']>) {
        return gate.promise.then(() => super.matchAll(...args));
      }
    }
    useMatchingBridge(new GatedBridge({ forceMainThread: true }));
    render(<SynergiesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Recalculer' }));
    expect(await screen.findByText('Recherche des synergies…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Calcul en cours…' })).toBeTruthy();
    gate.resolve();
    expect(await screen.findByText(/2 synergies sur 2/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Recalculer' })).toBeTruthy());
  });

  it('follows a company’s update without reloading (the list re-asks on each change)', async () => {
    await recordCardboardAndTraining();
    await rematchAll();
    render(<SynergiesPage />);
    expect(await screen.findByText(/2 synergies sur 2/)).toBeTruthy();
    await db().flux.update('f-need', { deleted: true });
    await rematchCompany('imprimerie-y');
    expect(await screen.findByText(/1 synergie sur 1/)).toBeTruthy();
    expect(screen.queryByText(/Cartonnages X offre/)).toBeNull();
  });

  it('pages a long list, shows the counts per kind, and starts again at the first page when a filter changes', async () => {
    const region = syntheticRegion({ seed: 2, fluxCount: 400, sizeKm: 20, companiesPerPark: 6 });
    await db().companies.bulkPut(region.companies.map(withSearchKey));
    await db().flux.bulkPut(region.flux);
    render(<SynergiesPage />);
    const all = await querySynergies({ limit: 0 });
    expect(all.total).toBeGreaterThan(120);
    const fr = (n: number) => n.toLocaleString('fr-FR');
    expect(await screen.findByText(`1–50 sur ${fr(all.total)}`)).toBeTruthy();
    expect(screen.getAllByRole('link')).toHaveLength(50);
    expect(screen.getByRole('option', { name: `Mutualisation (${fr(all.counts.kinds.mutualisation)})` })).toBeTruthy();
    const firstPage = screen.getAllByRole('link').map((a) => a.getAttribute('href'));

    fireEvent.click(screen.getByRole('button', { name: 'Suivantes' }));
    expect(await screen.findByText(`51–100 sur ${fr(all.total)}`)).toBeTruthy();
    const second = (await querySynergies({ offset: 50, limit: 50 })).items.map((s) => synergyHref(s.id));
    await waitFor(() => expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(second));
    expect(second.some((href) => firstPage.includes(href))).toBe(false);
    expect((screen.getByRole('button', { name: 'Précédentes' }) as HTMLButtonElement).disabled).toBe(false);

    fireEvent.change(screen.getByLabelText('Nature'), { target: { value: 'substitution' } });
    const substitutions = all.counts.kinds.substitution;
    expect(await screen.findByText(new RegExp(`^${fr(substitutions).replace(/\s/g, '\\s')} synergies sur`))).toBeTruthy();
    expect(await screen.findByText(`1–50 sur ${fr(substitutions)}`)).toBeTruthy();
  });
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

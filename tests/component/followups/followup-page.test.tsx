// The follow-up page: gains with their CO2e and its factor, an override kept visibly manual,
// status moves into the history, the next action, read-only for advisors (notes still open), and
// the snapshot once the matcher no longer proposes the synergy.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearHeld, drop, hold } from '../../fixtures/held-synergies';
import { getFollowup, openFollowup, setNextAction } from '../../../src/db/followups';
import { writeKey } from '../../../src/sync/storage';
import { Toasts } from '../../../src/ui/components/toasts';
import { FollowupPage } from '../../../src/ui/followups/FollowupPage';
import { REFERENT, SAND_SYNERGY } from '../../fixtures/followups';
import { eachTestOnAFreshDevice, signInAs } from './helpers';

// The matcher's held result, as the screens ask for it (the worker itself is tested in tests/unit/matching).
vi.mock('../../../src/matching/store', async () => (await import('../../fixtures/held-synergies')).fakeStore);

eachTestOnAFreshDevice();
afterEach(clearHeld);
let id: string;
beforeEach(async () => {
  hold(SAND_SYNERGY);
  id = (await openFollowup(SAND_SYNERGY, REFERENT)).id;
});

const renderPage = () =>
  render(
    <>
      <FollowupPage id={id} />
      <Toasts />
    </>,
  );

const region = (name: string) => screen.getByRole('region', { name });

describe('the follow-up page', () => {
  it('computes t CO2e from the chosen factor and shows its label, source and year', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier les gains réalisés' }));
    const form = screen.getByRole('form', { name: 'Gains réalisés' });
    fireEvent.input(within(form).getByLabelText('Tonnes détournées (t/an)'), { target: { value: '10' } });
    fireEvent.change(within(form).getByLabelText('Facteur d’émission'), { target: { value: 'steel-scrap' } });
    fireEvent.input(within(form).getByLabelText('Quantité évitée (t/an)'), { target: { value: '10,5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les gains réalisés' }));

    const figure = () => within(region('Gains réalisés')).getByTestId('co2-figure');
    await waitFor(() => expect(figure().textContent).toContain('13,23 t CO2e/an'));
    expect(figure().textContent).toContain('= 10,5 t × 1,26 t CO2e/t');
    expect(figure().textContent).toContain('Acier recyclé au lieu d’acier primaire');
    expect(figure().textContent).toContain('ADEME Base Carbone');
    expect(figure().textContent).toContain('(2017)');
    expect(figure().textContent).not.toContain('saisi manuellement');
    const stored = (await getFollowup(id))!.realisedGains;
    expect(stored).toMatchObject({ tonnesDiverted: 10, co2: { factorId: 'steel-scrap', quantity: 10.5 } });
    // The expected gains are a field of their own, untouched.
    expect((await getFollowup(id))!.expectedGains.tonnesDiverted).toBeUndefined();
  });

  it('keeps a hand-typed figure marked « saisi manuellement », and asks for its reason', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier les gains attendus' }));
    const form = screen.getByRole('form', { name: 'Gains attendus' });
    fireEvent.click(within(form).getByLabelText(/Saisir les t CO2e à la main/));
    fireEvent.input(within(form).getByLabelText('t CO2e évitées par an'), { target: { value: '3,5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les gains attendus' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Dites pourquoi le chiffre de t CO2e est saisi à la main');
    expect((await getFollowup(id))!.expectedGains.tco2eOverride).toBeUndefined();

    fireEvent.input(within(form).getByLabelText('Motif de la saisie manuelle *'), { target: { value: 'Bilan carbone du site' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les gains attendus' }));
    const figure = () => within(region('Gains attendus')).getByTestId('co2-figure');
    await waitFor(() => expect(figure().textContent).toContain('3,5 t CO2e/an'));
    expect(figure().textContent).toContain('saisi manuellement');
    expect(figure().textContent).toContain('Motif : Bilan carbone du site');
  });

  it('refuses a figure that is not a number, in French', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier les gains réalisés' }));
    const form = screen.getByRole('form', { name: 'Gains réalisés' });
    fireEvent.input(within(form).getByLabelText('Énergie (MWh/an)'), { target: { value: 'beaucoup' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les gains réalisés' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Énergie (MWh) : nombre attendu');
  });

  it('moves the status with a comment, recorded in the history', async () => {
    renderPage();
    fireEvent.input(await screen.findByLabelText(/Commentaire/), { target: { value: 'Les deux dirigeants se connaissent' } });
    fireEvent.click(screen.getByRole('button', { name: '→ Mise en relation' }));
    await waitFor(() => expect(region('Historique').textContent).toContain('Proposée → Mise en relation'));
    expect(region('Historique').textContent).toContain('Les deux dirigeants se connaissent');
    expect(region('Historique').textContent).toContain('Rémi Référent');
    expect((await getFollowup(id))!.status).toBe('connected');
  });

  it('flags an overdue next action and offers the territory’s users kept on the device as assignees', async () => {
    await setNextAction(id, { text: 'Relancer la fonderie', dueDate: '2020-01-15', assigneeName: 'Paul Externe' }, REFERENT);
    // The list the server gave last time; users of other territories are left out.
    await writeKey('assignees:u-referent', [
      { id: 'u-anne', name: 'Anne Animatrice', role: 'animator', territoryIds: ['dijon-metropole'] },
      { id: 'u-far', name: 'Loin Lointain', role: 'referent', territoryIds: ['cc-grand-charolais'] },
    ]);
    renderPage();
    expect(await screen.findByText('En retard : échéance le 15/01/2020')).toBeTruthy();
    const who = screen.getByLabelText('Responsable') as HTMLSelectElement;
    await waitFor(() =>
      expect([...who.options].map((o) => o.textContent)).toEqual(['Personne', 'Anne Animatrice', 'Rémi Référent', 'Autre personne…']),
    );
    expect(who.value).toBe('__free__');
    expect((screen.getByLabelText('Nom du responsable') as HTMLInputElement).value).toBe('Paul Externe');
  });

  it('is read-only for an advisor, who can still add a note', async () => {
    await signInAs('advisor');
    renderPage();
    const status = await waitFor(() => region('Statut : Proposée'));
    expect(within(status).queryByRole('button')).toBeNull();
    expect(status.textContent).toContain('Lecture seule');
    expect(screen.queryByRole('button', { name: /Modifier les gains/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Enregistrer l’action' })).toBeNull();
    expect((screen.getByLabelText('Technique') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText(/art\. L541-4-2/) as HTMLSelectElement).disabled).toBe(true);

    fireEvent.input(screen.getByLabelText('Nouvelle note'), { target: { value: 'La fonderie a appelé, intéressée.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la note' }));
    await screen.findByText('La fonderie a appelé, intéressée.');
    expect((await getFollowup(id))!.notes[0]).toMatchObject({ by: 'u-advisor', byName: 'Claire Conseillère' });
  });

  it('shows the snapshot, and says so, once the matcher no longer proposes the synergy', async () => {
    renderPage();
    await screen.findByRole('heading', { name: /Substitution/ });
    expect(screen.queryByText('Cette synergie n’est plus proposée par le calcul')).toBeNull();
    expect(screen.getByRole('link', { name: 'Détail du calcul' })).toBeTruthy();

    drop(SAND_SYNERGY.id);
    await screen.findByText('Cette synergie n’est plus proposée par le calcul');
    const snapshot = screen.getByTestId('no-longer-proposed').closest('section')!;
    expect(snapshot.textContent).toContain(SAND_SYNERGY.explanation);
    expect(within(snapshot).getByRole('link', { name: 'Fonderie du Creusot' }).getAttribute('href')).toBe('#/entreprises/co-fonderie');
    expect(snapshot.textContent).toContain('Chutes de bois');
    expect(screen.queryByRole('link', { name: 'Détail du calcul' })).toBeNull();
  });

  it('deletes a follow-up recorded by mistake, and « Annuler » brings it back', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer' }));
    await screen.findByText('Suivi supprimé');
    expect(await getFollowup(id)).toBeUndefined();
    expect(location.hash).toBe('#/suivi/pipeline');
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await getFollowup(id))?.status).toBe('proposed'));
  });

  it('offers no deletion to an advisor', async () => {
    await signInAs('advisor');
    renderPage();
    await screen.findByRole('heading', { name: 'Suivi de la synergie' });
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull();
  });

  it('saves a regulatory check and a study axis at once, keeping the others', async () => {
    renderPage();
    fireEvent.change(await screen.findByLabelText('Sortie du statut de déchet (art. L541-4-3)'), { target: { value: 'ok' } });
    await waitFor(async () => expect((await getFollowup(id))!.checks.endOfWaste).toBe('ok'));
    fireEvent.change(screen.getByLabelText('Économique'), { target: { value: 'ko' } });
    await waitFor(async () => expect((await getFollowup(id))!.study).toEqual({ technical: 'todo', economic: 'ko', regulatory: 'todo' }));
    expect((await getFollowup(id))!.checks).toEqual({ byProduct: 'na', endOfWaste: 'ok', wasteRegister: 'na', agreementSigned: 'todo' });
  });
});

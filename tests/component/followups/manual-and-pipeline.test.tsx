// « Nouvelle synergie » (companies and resources searched, origin manual), the pipeline's counts,
// cards and due-date filter, and the printable fiche (no confidential quantity on it).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { changeStatus, listFollowups, openFollowup, setNextAction } from '../../../src/db/followups';
import { Toasts } from '../../../src/ui/components/toasts';
import { FichePage } from '../../../src/ui/followups/FichePage';
import { NewSynergyPage } from '../../../src/ui/followups/NewSynergyPage';
import { PipelinePage } from '../../../src/ui/followups/PipelinePage';
import { REFERENT, SAND_SYNERGY } from '../../fixtures/followups';
import { eachTestOnAFreshDevice, proposal } from './helpers';

const db = eachTestOnAFreshDevice();

describe('a manual synergy', () => {
  it('says what is missing, then records companies and resources found by search', async () => {
    render(<NewSynergyPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la synergie' }));
    expect(screen.getByText('Choisissez au moins deux entreprises')).toBeTruthy();
    expect(screen.getByText('Choisissez au moins une ressource')).toBeTruthy();
    expect(screen.getByText('Décrivez la synergie en une phrase')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Mutualisation'));
    const companies = screen.getByLabelText('Entreprises *');
    fireEvent.input(companies, { target: { value: 'fonderie' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Fonderie du Creusot' }));
    fireEvent.input(companies, { target: { value: 'menuis' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Menuiserie Bois & Cie' }));
    fireEvent.input(screen.getByLabelText('Ressources *'), { target: { value: 'palettes' } });
    fireEvent.click(within(screen.getByRole('list', { name: 'Résultats' })).getAllByRole('button')[0]!);
    fireEvent.input(screen.getByLabelText('Description *'), { target: { value: 'Collecte commune des palettes, vue en atelier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la synergie' }));

    await waitFor(() => expect(location.hash).toMatch(/^#\/suivi\/man_/));
    const { items } = await listFollowups();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      origin: 'manual',
      status: 'proposed',
      snapshot: { kind: 'mutualisation', explanation: 'Collecte commune des palettes, vue en atelier' },
    });
    expect(items[0]!.snapshot.companies.map((c) => c.name)).toEqual(['Fonderie du Creusot', 'Menuiserie Bois & Cie']);
    expect(items[0]!.snapshot.resourceCodes[0]).toMatch(/pallet/);
    expect(items[0]!.territoryIds).toEqual(['cu-creusot-montceau', 'dijon-metropole']);
  });
});

describe('the pipeline', () => {
  it('counts follow-ups per status and lists the chosen one; « En retard » keeps overdue actions', async () => {
    const late = await openFollowup(proposal(1, 80), REFERENT);
    await changeStatus(late.id, 'retained', REFERENT);
    await setNextAction(late.id, { text: 'Relancer', dueDate: '2020-02-01' }, REFERENT);
    const onTime = await openFollowup(proposal(2, 70), REFERENT);
    await changeStatus(onTime.id, 'retained', REFERENT);
    await setNextAction(onTime.id, { text: 'Visite commune', dueDate: '2999-01-01' }, REFERENT);
    const rejected = await openFollowup(proposal(3, 60), REFERENT);
    await changeStatus(rejected.id, 'rejected', REFERENT, { rejection: { reason: 'too-far' } });

    render(<PipelinePage />);
    const retainedCount = await screen.findByRole('button', { name: /2\s*Retenue/ });
    expect(retainedCount.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /1\s*Écartée/ })).toBeTruthy();
    await screen.findByText(/Proposition n° 1/);
    expect(screen.getByText(/Proposition n° 2/)).toBeTruthy();
    expect(screen.getByText('En retard : échéance le 01/02/2020')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Échéance'), { target: { value: 'overdue' } });
    await waitFor(() => expect(screen.queryByText(/Proposition n° 2/)).toBeNull());
    expect(screen.getByText(/Proposition n° 1/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Écartée/ }));
    await screen.findByText('Aucune synergie « Écartée »');
    fireEvent.change(screen.getByLabelText('Échéance'), { target: { value: '' } });
    expect(await screen.findByText('Motif : Trop loin')).toBeTruthy();
  });

  it('shows next actions overdue in every status, and counters that follow the filters', async () => {
    const late = await openFollowup(proposal(1, 80), REFERENT);
    await changeStatus(late.id, 'retained', REFERENT);
    await setNextAction(late.id, { text: 'Relancer', dueDate: '2020-02-01' }, REFERENT);
    const lateStudy = await openFollowup(proposal(2, 70), REFERENT);
    await changeStatus(lateStudy.id, 'studying', REFERENT);
    await setNextAction(lateStudy.id, { text: 'Devis', dueDate: '2021-05-01' }, REFERENT);
    const onTime = await openFollowup(proposal(3, 60), REFERENT);
    await changeStatus(onTime.id, 'studying', REFERENT);
    await setNextAction(onTime.id, { text: 'Visite', dueDate: '2999-01-01' }, REFERENT);

    render(<PipelinePage />);
    await screen.findByRole('button', { name: /2\s*En étude/ });
    expect(screen.getByRole('button', { name: /3\s*Tous/ })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '2 prochaines actions en retard, tous statuts confondus' }));
    const list = await screen.findByRole('list', { name: 'Synergies « Tous les statuts »' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    // Oldest due first, whatever the status.
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Proposition n° 1'), expect.stringContaining('Proposition n° 2')]);
    expect((screen.getByLabelText('Échéance') as HTMLSelectElement).value).toBe('overdue');
    // The counters follow the due-date filter: one late in each of the two statuses.
    await screen.findByRole('button', { name: /1\s*En étude/ });
    expect(screen.getByRole('button', { name: /1\s*Retenue/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /2\s*Tous/ })).toBeTruthy();
  });
});

describe('the printable fiche', () => {
  it('shows companies, resources, sentence, status and gains, never a confidential quantity', async () => {
    await db().flux.put({
      id: 'fx-offer-1',
      companyId: 'co-menuiserie',
      resourceCode: 'mat.wood-offcuts',
      family: 'materials',
      direction: 'offer',
      quantity: 987,
      unit: 't',
      period: 'year',
      confidential: true,
      createdAt: 1,
      updatedAt: 1,
      rev: 0,
      deleted: false,
    } as never);
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await changeStatus(f.id, 'retained', REFERENT);
    render(<FichePage id={f.id} />);
    const sheet = await screen.findByRole('article', { name: /Fiche synergie/ });
    expect(sheet.textContent).toContain('Fonderie du Creusot, Menuiserie Bois & Cie');
    expect(sheet.textContent).toContain('Chutes de bois');
    expect(sheet.textContent).toContain(SAND_SYNERGY.explanation);
    expect(sheet.textContent).toContain('Retenue');
    expect(sheet.textContent).not.toContain('987');
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeTruthy();
  });
});

describe('the CSV export', () => {
  it('downloads the follow-ups for Excel and confirms with a toast', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await changeStatus(f.id, 'retained', REFERENT);
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:suivi'));
    try {
      render(
        <>
          <PipelinePage />
          <Toasts />
        </>,
      );
      fireEvent.click(await screen.findByRole('button', { name: 'Exporter (CSV)' }));
      expect(await screen.findByText(/^Export CSV : 1 synergie suivie dans synergies-terrain-suivi-\d{4}-\d{2}-\d{2}\.csv$/)).toBeTruthy();
      const text = await blobs[0]!.text();
      expect(text).toContain('Fonderie du Creusot');
      expect(text).toContain('Retenue');
    } finally {
      create.mockRestore();
    }
  });
});

// The room rule on the screens shown to a room: the projector and the report draw a group for its
// participating members only (a confidential member and an outsider absent, not the group), never
// a synergy through a confidential flux, and a flux made confidential leaves the wall at once. The
// referent's copy of the report lists confidential flux, each marked; an advisor is never offered it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { updateFlux } from '../../../src/db/flux';
import type { Flux, Synergy } from '../../../src/domain';
import { ProjectorPage } from '../../../src/ui/workshops/ProjectorPage';
import { WorkshopLeadsPage } from '../../../src/ui/workshops/WorkshopLeadsPage';
import { WorkshopReportPage } from '../../../src/ui/workshops/WorkshopReportPage';
import { sampleFollowup } from '../../fixtures/followups';
import { clearHeld, hold } from '../../fixtures/held-synergies';
import { flux } from '../../fixtures/matching';
import { setUp, signInAs } from '../followups/helpers';
import { putWorkshop } from '../../fixtures/workshop';

vi.mock('../../../src/matching/store', async () => (await import('../../fixtures/held-synergies')).fakeStore);

let db: SynergiesDB;
const names = { a: 'Cartonnages Morel', b: 'Imprimerie Bertin', c: 'Fonderie Lefort', x: 'Scierie Absente' };
const power: Flux[] = [
  flux('e-a', 'co-a', 'nrj.electricity', 'need'),
  flux('e-b', 'co-b', 'nrj.electricity', 'need'),
  flux('e-c', 'co-c', 'nrj.electricity', 'need', { confidential: true }),
  flux('e-x', 'co-x', 'nrj.electricity', 'need'),
];
const cardboard: Flux[] = [
  flux('k-a', 'co-a', 'mat.cardboard', 'offer', { quantity: 3, unit: 't', period: 'month' }),
  flux('k-b', 'co-b', 'mat.cardboard', 'need'),
];
const scrap: Flux[] = [
  flux('s-c', 'co-c', 'mat.scrap-metal', 'offer', { confidential: true }),
  flux('s-b', 'co-b', 'mat.scrap-metal', 'need'),
];

function synergy(id: string, kind: Synergy['kind'], members: Flux[]): Synergy {
  return {
    id,
    kind,
    family: members[0]!.family,
    resourceCodes: [members[0]!.resourceCode],
    fluxIds: members.map((f) => f.id),
    companyIds: members.map((f) => f.companyId),
    territoryIds: ['dijon-metropole'],
    score: 70,
    scoreParts: { resource: 100, quantity: 50, distance: 50, timing: 100 },
    distanceKm: 2,
    explanation: `Phrase du moteur avec ${members.map((f) => f.companyId).join(', ')}`,
    groupRule: kind === 'mutualisation' ? 'territory' : undefined,
    computedAt: 1,
  };
}

beforeEach(async () => {
  db = await setUp();
  await db.flux.bulkPut([...power, ...cardboard, ...scrap]);
  await putWorkshop(
    db,
    { companyIds: ['co-a', 'co-b', 'co-c'], tables: [{ id: 't1', name: 'Table 1', companyIds: ['co-a', 'co-b', 'co-c'] }] },
    Object.entries(names).map(([key, name]) => [`co-${key}`, name]),
  );
  hold(
    synergy('mut:power', 'mutualisation', power),
    synergy('sub:cardboard', 'substitution', cardboard),
    synergy('sub:scrap', 'substitution', scrap),
  );
});

afterEach(() => {
  cleanup();
  clearHeld();
  db.close();
});

describe('the screens a room sees', () => {
  it('projector: the group without its confidential member nor the outsider, nothing through a confidential flux', async () => {
    render(<ProjectorPage id="ws-1" />);
    await screen.findByText('Achat groupé — électricité : Cartonnages Morel et Imprimerie Bertin');
    await screen.findByText('Cartonnages Morel → Imprimerie Bertin : cartons et emballages carton (3 t/mois)');
    expect(screen.getByTestId('count-synergies').textContent).toBe('2');
    // The foundry sits in the room (its name is on the picture) but nothing it said in confidence shows.
    expect(screen.getByTestId('count-offers').textContent).toBe('1');
    expect(screen.getByTestId('count-needs').textContent).toBe('4');
    const body = document.body.textContent ?? '';
    expect(body).not.toMatch(/Scierie|ferraille|Ferraille|Phrase du moteur/);
  });

  it('projector: a flux made confidential leaves the wall at once', async () => {
    render(<ProjectorPage id="ws-1" />);
    await screen.findByText('Cartonnages Morel → Imprimerie Bertin : cartons et emballages carton (3 t/mois)');
    await updateFlux('k-b', { confidential: true });
    await waitFor(() => expect(screen.queryByText(/cartons et emballages carton/)).toBeNull());
    expect(screen.getByTestId('count-synergies').textContent).toBe('1');
  });

  it('report: participants named, no outsider, no confidential flux, the rule said once', async () => {
    render(<WorkshopReportPage id="ws-1" />);
    await screen.findByText(/quantité et présence confidentielles/);
    await screen.findByText('Achat groupé — électricité : Cartonnages Morel et Imprimerie Bertin');
    expect(document.body.textContent).not.toMatch(/Scierie|co-x|Phrase du moteur|Fonderie Lefort →/);
    // Imprimerie Bertin seeks scrap metal openly; the foundry's confidential offer is nowhere.
    const foundry = screen.getByRole('row', { name: /Fonderie Lefort/ });
    expect(foundry.textContent).not.toMatch(/ferraille|Ferraille|électricité|Électricité/);
  });

  it('report, referent’s copy: confidential flux listed and marked, still only participants named', async () => {
    await signInAs('referent');
    render(<WorkshopReportPage id="ws-1" />);
    // The copy handed out comes first; the referent asks for the internal one.
    await screen.findByText(/ne figurent pas dans ce compte rendu/);
    fireEvent.click(screen.getByRole('radio', { name: /Interne, avec les ressources confidentielles/ }));
    await screen.findByRole('note');
    expect(screen.getByRole('note').textContent).toMatch(/Document interne/);
    const foundry = screen.getByRole('row', { name: /Fonderie Lefort/ });
    expect(foundry.textContent).toMatch(/Ferraille.* — quantité et présence confidentielles/);
    expect(foundry.textContent).toMatch(/Électricité.* — quantité et présence confidentielles/);
    // Its open cells carry no marker: Imprimerie Bertin's needs are not confidential.
    expect(screen.getByRole('row', { name: /Imprimerie Bertin/ }).textContent).not.toMatch(/confidentielles/);
    const scrapLead = await screen.findByText(/Fonderie Lefort → Imprimerie Bertin/);
    expect(scrapLead.closest('li')!.textContent).toMatch(/quantité et présence confidentielles \(Fonderie Lefort\)/);
    // The group now holds the foundry (a participant), never the outsider.
    await screen.findByText('Achat groupé — électricité : Cartonnages Morel, Imprimerie Bertin et Fonderie Lefort');
    expect(document.body.textContent).not.toMatch(/Scierie|co-x|Phrase du moteur/);
    expect(document.body.textContent).not.toMatch(/ne figurent pas dans ce compte rendu/);
  });

  it('report: an advisor is not offered the referent’s copy', async () => {
    await signInAs('advisor');
    render(<WorkshopReportPage id="ws-1" />);
    await screen.findByText(/ne figurent pas dans ce compte rendu/);
    expect(screen.queryByRole('radio', { name: /Interne/ })).toBeNull();
    expect(screen.getByRole('row', { name: /Fonderie Lefort/ }).textContent).not.toMatch(/ferraille|Ferraille/);
    expect(document.body.textContent).not.toMatch(/Fonderie Lefort →|Document interne/);
  });

  it('« Suivi » of the workshop: a lead through a confidential flux carries the marker, the others not', async () => {
    await signInAs('referent');
    const lead = (id: string, fluxIds: string[], explanation: string) =>
      sampleFollowup({
        id,
        synergyId: `sub:${id}`,
        origin: 'workshop',
        workshopId: 'ws-1',
        territoryIds: ['dijon-metropole'],
        snapshot: { ...sampleFollowup().snapshot, fluxIds, explanation },
      });
    await db.followups.bulkPut([
      lead('lead-scrap', ['s-c', 's-b'], 'Ferraille de la fonderie'),
      lead('lead-box', ['k-a', 'k-b'], 'Cartons'),
    ]);
    render(<WorkshopLeadsPage id="ws-1" />);
    const scrap = await screen.findByRole('link', { name: 'Ferraille de la fonderie' });
    expect(scrap.closest('li')!.textContent).toMatch(/quantité et présence confidentielles/);
    expect(screen.getByRole('link', { name: 'Cartons' }).closest('li')!.textContent).not.toMatch(/confidentielles/);
    // The foundry shares its scrap again: the marker leaves with the confidence.
    await updateFlux('s-c', { confidential: false });
    await waitFor(() => expect(scrap.closest('li')!.textContent).not.toMatch(/confidentielles/));
  });
});

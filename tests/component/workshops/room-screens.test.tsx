// The room rule on the screens shown to a room: the projector and the report draw a group for its
// participating members only (a confidential member and an outsider absent, not the group), never
// a synergy through a confidential flux, and a flux made confidential leaves the wall at once.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withSearchKey, type SynergiesDB } from '../../../src/db/database';
import { updateFlux } from '../../../src/db/flux';
import { CompanySchema, type Flux, type Synergy } from '../../../src/domain';
import { WorkshopSchema } from '../../../src/domain/workshop';
import { ProjectorPage } from '../../../src/ui/workshops/ProjectorPage';
import { WorkshopReportPage } from '../../../src/ui/workshops/WorkshopReportPage';
import { clearHeld, hold } from '../../fixtures/held-synergies';
import { company, flux } from '../../fixtures/matching';
import { setUp } from '../followups/helpers';

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
  for (const [key, name] of Object.entries(names)) {
    await db.companies.put(withSearchKey(CompanySchema.parse({ ...company(`co-${key}`, name, 0), siret: '' })));
  }
  await db.flux.bulkPut([...power, ...cardboard, ...scrap]);
  await db.workshops.put(
    WorkshopSchema.parse({
      id: 'ws-1',
      title: 'Atelier Cap Nord',
      date: '2026-12-03',
      territoryId: 'dijon-metropole',
      companyIds: ['co-a', 'co-b', 'co-c'],
      tables: [{ id: 't1', name: 'Table 1', companyIds: ['co-a', 'co-b', 'co-c'] }],
      state: 'running',
      createdAt: 1,
      updatedAt: 1,
    }),
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
});

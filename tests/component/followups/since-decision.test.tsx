// The follow-up page and the fiche show what changed since the follow-up was opened: who joined or
// left the group, and today's sentence and score beside the snapshot when a flux quantity changed.
import { render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearHeld, drop, hold } from '../../fixtures/held-synergies';
import { withSearchKey } from '../../../src/db/database';
import { openFollowup } from '../../../src/db/followups';
import { CompanySchema, groupIdOf, type Synergy } from '../../../src/domain';
import { FichePage } from '../../../src/ui/followups/FichePage';
import { FollowupPage } from '../../../src/ui/followups/FollowupPage';
import { REFERENT, SAND_SYNERGY } from '../../fixtures/followups';
import { eachTestOnAFreshDevice } from './helpers';

vi.mock('../../../src/matching/store', async () => (await import('../../fixtures/held-synergies')).fakeStore);

const db = eachTestOnAFreshDevice();
afterEach(clearHeld);

const DIJON = 'dijon-metropole';
const COMPANIES = [
  { id: 'co-alpha', name: 'Alpha Emballages' },
  { id: 'co-beta', name: 'Bêta Logistique' },
  { id: 'co-gamma', name: 'Gamma Imprimerie' },
];
beforeEach(async () => {
  for (const c of COMPANIES) {
    await db().companies.put(withSearchKey(CompanySchema.parse({ ...c, territoryId: DIJON, siret: '', createdAt: 1, updatedAt: 1 })));
  }
});

/** A pallet round of these companies (flux `01-co-alpha`…), with its id from what is shared and where. */
function round(companyIds: string[], explanation = 'Collecte mutualisée possible'): Synergy {
  const fluxIds = companyIds.map((id) => `0${COMPANIES.findIndex((c) => c.id === id) + 1}-${id}`).sort();
  return {
    ...SAND_SYNERGY,
    id: groupIdOf('mat.wood-pallets', DIJON, fluxIds)!,
    kind: 'mutualisation',
    resourceCodes: ['mat.wood-pallets'],
    fluxIds,
    companyIds,
    territoryIds: [DIJON],
    score: 70,
    distanceKm: 3,
    explanation,
    groupRule: 'round',
  };
}

const since = () => within(screen.getByTestId('since-decision'));

describe('since the follow-up was opened', () => {
  it('names the companies that joined the group, under the same follow-up', async () => {
    const before = round(['co-alpha', 'co-beta']);
    hold(before);
    const followup = await openFollowup(before, REFERENT);
    drop(before.id);
    const after = round(['co-alpha', 'co-beta', 'co-gamma']);
    expect(after.id).toBe(before.id);
    hold(after);
    render(<FollowupPage id={followup.id} />);
    expect(await screen.findByText('Gamma Imprimerie')).toBeTruthy();
    expect(since().getByText('Ont rejoint le groupe')).toBeTruthy();
    expect(screen.queryByTestId('no-longer-proposed')).toBeNull();
  });

  it('names those that left, even when the oldest member left (the group’s id changed)', async () => {
    const before = round(['co-alpha', 'co-beta', 'co-gamma']);
    hold(before);
    const followup = await openFollowup(before, REFERENT);
    drop(before.id);
    const after = round(['co-beta', 'co-gamma']);
    expect(after.id).not.toBe(before.id);
    hold(after);
    render(<FollowupPage id={followup.id} />);
    expect(await screen.findByText('Ont quitté le groupe')).toBeTruthy();
    expect(since().getByText('Alpha Emballages')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Détail du calcul' }).getAttribute('href')).toContain(encodeURIComponent(after.id));
  });

  it('shows today’s sentence and score beside the snapshot when a quantity changed, on the page and the fiche', async () => {
    hold(SAND_SYNERGY);
    const followup = await openFollowup(SAND_SYNERGY, REFERENT);
    const today = SAND_SYNERGY.explanation.replace('chutes de bois', '40 t/an de chutes de bois');
    hold({ ...SAND_SYNERGY, explanation: today, score: 91 });
    const page = render(<FollowupPage id={followup.id} />);
    expect(await screen.findByText(today)).toBeTruthy();
    // The snapshot's sentence stays: it is what was decided on.
    expect(screen.getByText(SAND_SYNERGY.explanation)).toBeTruthy();
    expect(since().getByText('91 / 100 aujourd’hui (à l’ouverture : 82)')).toBeTruthy();
    page.unmount();

    render(<FichePage id={followup.id} />);
    expect(await screen.findByText(today)).toBeTruthy();
    expect(screen.getByText(SAND_SYNERGY.explanation)).toBeTruthy();
  });

  it('says nothing when nothing changed', async () => {
    hold(SAND_SYNERGY);
    const followup = await openFollowup(SAND_SYNERGY, REFERENT);
    render(<FollowupPage id={followup.id} />);
    await screen.findByRole('link', { name: 'Détail du calcul' });
    expect(screen.queryByTestId('since-decision')).toBeNull();
  });
});

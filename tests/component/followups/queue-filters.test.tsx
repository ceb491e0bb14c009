// « À traiter » filtered, searched and sorted: the worker is asked for one page with the filters
// (kind, family, company or resource, score, distance) and the sort (score, distance, newest).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearHeld, hold } from '../../fixtures/held-synergies';
import type { Synergy } from '../../../src/domain';
import { QueuePage } from '../../../src/ui/followups/QueuePage';
import { eachTestOnAFreshDevice, proposal } from './helpers';

vi.mock('../../../src/matching/store', async () => (await import('../../fixtures/held-synergies')).fakeStore);

eachTestOnAFreshDevice();
afterEach(clearHeld);

const lead = (n: number, score: number, km: number, text: string, extra: Partial<Synergy> = {}): Synergy => ({
  ...proposal(n, score),
  distanceKm: km,
  explanation: `Proposition n° ${n} : ${text}`,
  fluxIds: [`0${n}-need`, `0${n}-offer`],
  ...extra,
});

const shown = () =>
  screen
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('fu-card'))
    .map((li) => /Proposition n° (\d+)/.exec(li.textContent ?? '')![1]);

function holdFour() {
  hold(
    lead(1, 90, 30, 'Menuiserie Bois & Cie offre des chutes de bois'),
    lead(2, 70, 2, 'Fonderie du Creusot offre de la chaleur fatale', { family: 'energy', resourceCodes: ['nrj.waste-heat'] }),
    lead(3, 60, 8, 'Collecte mutualisée de palettes, Scierie Éloi', { kind: 'mutualisation', groupRule: 'round' }),
    lead(4, 80, 15, 'Imprimerie Morel offre des cartons'),
  );
}

describe('« À traiter » filters', () => {
  it('searches by company name as people type, accents and case aside, and says how many of all', async () => {
    holdFour();
    render(<QueuePage />);
    await screen.findByText(/Proposition n° 1/);
    expect(shown()).toEqual(['1', '4', '2', '3']);
    fireEvent.input(screen.getByLabelText('Entreprise ou ressource'), { target: { value: 'scierie eloi' } });
    await waitFor(() => expect(shown()).toEqual(['3']));
    expect(screen.getByText('1 synergie à traiter sur 4, la meilleure d’abord')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(shown()).toHaveLength(4));
  });

  it('filters by kind and family, each choice with its count', async () => {
    holdFour();
    render(<QueuePage />);
    await screen.findByText(/Proposition n° 1/);
    expect(screen.getByRole('option', { name: 'Mutualisation (1)' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Nature'), { target: { value: 'substitution' } });
    await waitFor(() => expect(shown()).toEqual(['1', '4', '2']));
    fireEvent.change(screen.getByLabelText('Famille'), { target: { value: 'energy' } });
    await waitFor(() => expect(shown()).toEqual(['2']));
    expect(screen.getByRole('option', { name: 'Énergie (1)' })).toBeTruthy();
  });

  it('sorts by distance or newest proposal, and filters by score and distance', async () => {
    holdFour();
    render(<QueuePage />);
    await screen.findByText(/Proposition n° 1/);
    fireEvent.change(screen.getByLabelText('Trier par'), { target: { value: 'distance' } });
    await waitFor(() => expect(shown()).toEqual(['2', '3', '4', '1']));
    expect(screen.getByText('4 synergies à traiter, la plus proche d’abord')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Trier par'), { target: { value: 'recent' } });
    await waitFor(() => expect(shown()).toEqual(['4', '3', '2', '1']));
    fireEvent.input(screen.getByLabelText('Score minimum'), { target: { value: '65' } });
    await waitFor(() => expect(shown()).toEqual(['4', '2', '1']));
    fireEvent.input(screen.getByLabelText('Distance maximale (km)'), { target: { value: '20' } });
    await waitFor(() => expect(shown()).toEqual(['4', '2']));
  });

  it('keeps the header’s count of everything to treat, and says when no proposal fits', async () => {
    holdFour();
    render(<QueuePage />);
    await screen.findByText(/Proposition n° 1/);
    fireEvent.input(screen.getByLabelText('Entreprise ou ressource'), { target: { value: 'introuvable' } });
    await screen.findByText('Aucune synergie à traiter ne correspond à ces filtres.');
    expect(within(screen.getByRole('navigation')).getByText(/4/)).toBeTruthy();
  });
});

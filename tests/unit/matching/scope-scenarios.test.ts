// The kinds of sharing an advisor expects, with known answers, on the engine and the reference:
// a territory-wide group purchase, collection rounds that cross park fences, a recycler taking
// WEEE in, hazardous waste going only to an authorised taker, training split into sessions.
import { describe, expect, it } from 'vitest';
import { MatchEngine } from '../../../src/matching/engine';
import { company, flux } from '../../fixtures/matching';
import { match, options } from './match-both';

const mutualisations = (s: ReturnType<typeof match>) => s.filter((x) => x.kind === 'mutualisation');
const substitutions = (s: ReturnType<typeof match>) => s.filter((x) => x.kind === 'substitution');

describe('group purchase', () => {
  it('gathers one electricity group across the three parks of the territory, and no one else', () => {
    const companies = [
      company('cn1', 'Cap Nord Mécanique', 0, 10, { zone: 'Cap Nord' }),
      company('cn2', 'Cap Nord Emballages', 0.8, 10.4, { zone: 'Cap Nord' }),
      company('gs1', 'Grand Sud Logistique', 1, -9, { zone: 'Grand Sud' }),
      company('ve1', 'Vital’Est Agro', 12, 0, { zone: 'Vital’Est' }),
      company('ve2', 'Vital’Est Froid', null, 0, { zone: 'Vital’Est' }),
      company('out', 'Imprimerie du Lac', 5, 3),
      company('far', 'Beaune Tonnellerie', 3, 0, { territoryId: 'beaune' }),
      company('lost', 'Sans Adresse', null),
    ];
    const fluxes = companies.map((c) => flux(`elec-${c.id}`, c.id, 'nrj.electricity', 'need', { quantity: 500, unit: 'MWh' }));
    const synergies = match(companies, fluxes);
    expect(synergies).toHaveLength(1);
    const s = synergies[0]!;
    expect(s.companyIds).toEqual(['cn1', 'cn2', 'gs1', 'out', 've1', 've2']);
    expect(s.groupRule).toBe('territory');
    // Distance does not matter to a purchase contract.
    expect(s.scoreParts.distance).toBe(100);
    expect(s.explanation).toBe(
      'Achat groupé possible : Cap Nord Emballages, Cap Nord Mécanique, Grand Sud Logistique, Imprimerie du Lac, Vital’Est Agro et 1 autre ont besoin d’électricité, sur le même territoire.',
    );
  });
});

describe('collection round', () => {
  it('takes in a company 0.5 km outside the park, and leaves out one 15 km away', () => {
    const companies = [
      company('a', 'Atelier Nord', 0, 0, { zone: 'ZA Nord' }),
      company('b', 'Bureautique Nord', 1, 0, { zone: 'ZA Nord' }),
      company('c', 'Cartonnerie Nord', null, 0, { zone: 'ZA Nord' }),
      company('d', 'Dépôt voisin', 1.5, 0),
      company('e', 'Emballages lointains', 16, 0),
    ];
    const fluxes = companies.map((c) => flux(`carton-${c.id}`, c.id, 'mat.cardboard', 'offer', { quantity: 5, unit: 't' }));
    const [round, ...rest] = mutualisations(match(companies, fluxes));
    expect(rest).toEqual([]);
    expect(round!.companyIds).toEqual(['a', 'b', 'c', 'd']);
    expect(round!.groupRule).toBe('round');
    expect(round!.explanation).toBe(
      'Collecte mutualisée possible : Atelier Nord, Bureautique Nord, Cartonnerie Nord et Dépôt voisin ont à faire collecter : cartons et emballages carton, à moins de 2 km les unes des autres.',
    );
  });

  it('is for what companies give away: two companies that both need pallets get no collection', () => {
    const companies = [company('a', 'Alpha', 0), company('b', 'Bêta', 0.5)];
    const fluxes = [flux('p-a', 'a', 'mat.wood-pallets', 'need'), flux('p-b', 'b', 'mat.wood-pallets', 'need')];
    expect(match(companies, fluxes)).toEqual([]);
  });
});

describe('waste accepted as input', () => {
  it('matches a recycler’s WEEE need with two producers 7 km away, who also share a round', () => {
    const companies = [
      company('recycleur', 'Envie Recyclage', 0),
      company('p1', 'Informatique Est', 7, 0.4),
      company('p2', 'Électroménager Est', 7, -0.4),
    ];
    const fluxes = [
      flux('weee-need', 'recycleur', 'mat.weee', 'need', { quantity: 200, unit: 't', period: 'year', recoveryOperation: 'R4' }),
      flux('weee-1', 'p1', 'mat.weee', 'offer', { quantity: 3, unit: 't', period: 'year' }),
      flux('weee-2', 'p2', 'mat.weee', 'offer', { quantity: 2, unit: 't', period: 'year' }),
    ];
    const synergies = match(companies, fluxes);
    const subs = substitutions(synergies);
    expect(subs.map((s) => s.companyIds)).toEqual(
      expect.arrayContaining([
        ['p1', 'recycleur'],
        ['p2', 'recycleur'],
      ]),
    );
    expect(subs).toHaveLength(2);
    for (const s of subs) expect(s.distanceKm).toBeCloseTo(7, 0);
    expect(subs.map((s) => s.explanation).sort()).toEqual([
      'Informatique Est offre 3 t/an de DEEE (équipements électriques et électroniques) à 7 km d’Envie Recyclage, qui en accepte 200 t/an en entrée (R4 : recyclage des métaux).',
      'Électroménager Est offre 2 t/an de DEEE (équipements électriques et électroniques) à 7 km d’Envie Recyclage, qui en accepte 200 t/an en entrée (R4 : recyclage des métaux).',
    ]);
    expect(mutualisations(synergies).map((s) => s.companyIds)).toEqual([['p1', 'p2']]);
  });

  it('gives hazardous waste only to a need that explicitly accepts it', () => {
    const companies = [
      company('garage', 'Garage Central', 0),
      company('atelier', 'Atelier voisin', 2),
      company('regen', 'Régénération Solvants', 5),
    ];
    const fluxes = [
      flux('solv-offer', 'garage', 'mat.solvents', 'offer', { quantity: 800, unit: 'L' }),
      flux('solv-plain', 'atelier', 'mat.solvents', 'need', { quantity: 500, unit: 'L' }),
      flux('solv-ok', 'regen', 'mat.solvents', 'need', {
        quantity: 5000,
        unit: 'L',
        period: 'year',
        acceptsHazardous: true,
        recoveryOperation: 'R2',
      }),
    ];
    const synergies = match(companies, fluxes);
    expect(synergies.map((s) => s.companyIds)).toEqual([['garage', 'regen']]);
    expect(synergies[0]!.explanation).toMatch(/, qui en accepte 5\s000 L\/an en entrée \(R2 : régénération des solvants\)\.$/);
  });

  it('pairs a hazardous waste once the taker is marked as authorised, in an update too', () => {
    const companies = [company('garage', 'Garage Central', 0), company('atelier', 'Atelier voisin', 2)];
    const offer = flux('oil-offer', 'garage', 'mat.used-oil', 'offer');
    const need = flux('oil-need', 'atelier', 'mat.used-oil', 'need');
    const engine = new MatchEngine(options);
    engine.load({ companies, flux: [offer, need] });
    expect(engine.synergies()).toEqual([]);
    const authorised = { ...need, acceptsHazardous: true };
    const diff = engine.updateCompany('atelier', companies[1], [authorised]);
    expect(diff.upserted.map((s) => s.companyIds)).toEqual([['atelier', 'garage']]);
    expect(match(companies, [offer, authorised])).toHaveLength(1);
  });
});

describe('training sessions', () => {
  it('splits a territory’s SST trainees into sessions of at most 12, nearest first', () => {
    // West to east: 5, 4, 3, 6 and 2 trainees, then a company that fills a session on its own.
    const trainees = { a: 5, b: 4, c: 3, d: 6, e: 2, f: 15 } as const;
    const names = { a: 'Alpha', b: 'Bêta', c: 'Gamma', d: 'Delta', e: 'Epsilon', f: 'Phi' } as const;
    const ids = Object.keys(trainees) as (keyof typeof trainees)[];
    const companies = ids.map((id, i) => company(id, names[id], i * 10));
    const fluxes = ids.map((id) => flux(`sst-${id}`, id, 'comp.training-sst', 'need', { quantity: trainees[id], unit: 'person' }));
    const sessions = match(companies, fluxes);
    expect(sessions.map((s) => s.companyIds)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(sessions.every((s) => s.groupRule === 'session')).toBe(true);
    // Territory-wide: 20 km apart is still one session.
    expect(sessions[0]!.explanation).toContain('à moins de 21 km les unes des autres');
  });

  it('counts a trainee for a need without a number of persons, and shares them evenly between sessions', () => {
    const companies = Array.from({ length: 14 }, (_, i) => company(`c${i}`, `Entreprise ${i}`, i * 0.5));
    const fluxes = companies.map((c) => flux(`hab-${c.id}`, c.id, 'comp.training-electrical', 'need'));
    const sessions = match(companies, fluxes);
    // 14 trainees: two sessions of 7, not 12 and 2.
    expect(sessions.map((s) => s.companyIds.length)).toEqual([7, 7]);
  });

  it('leaves no company alone: 8 + 7 rather than 10 + a company on its own', () => {
    // 15 trainees in four companies: 5, 5, 3 then a company of 2 far east.
    const companies = ['a', 'b', 'c', 'd'].map((id, i) => company(id, `Entreprise ${id}`, i === 3 ? 30 : i));
    const counts = [5, 5, 3, 2];
    const fluxes = companies.map((c, i) => flux(`sst-${c.id}`, c.id, 'comp.training-sst', 'need', { quantity: counts[i], unit: 'person' }));
    const sessions = match(companies, fluxes);
    expect(sessions.flatMap((s) => s.companyIds).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(sessions.every((s) => s.companyIds.length >= 2)).toBe(true);
  });

  it('puts only trainees of the same course in one session', () => {
    const companies = ['a', 'b', 'c', 'd'].map((id, i) => company(id, `Entreprise ${id}`, i));
    const fluxes = [
      flux('hse-a', 'a', 'comp.training-hse', 'need', { label: 'ATEX niveau 1' }),
      flux('hse-b', 'b', 'comp.training-hse', 'need', { label: 'ATEX niveau 1' }),
      flux('hse-c', 'c', 'comp.training-hse', 'need', { label: 'Amiante sous-section 4' }),
      flux('hse-d', 'd', 'comp.training-hse', 'need', { label: 'Amiante sous-section 4' }),
    ];
    const sessions = match(companies, fluxes);
    expect(sessions.map((s) => s.fluxIds).sort()).toEqual([
      ['hse-a', 'hse-b'],
      ['hse-c', 'hse-d'],
    ]);
  });
});

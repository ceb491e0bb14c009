// Hand-made situations with known answers, checked on the engine and on the reference alike.
import { describe, expect, it } from 'vitest';
import { MatchEngine } from '../../../src/matching/engine';
import { referenceMatch } from '../../../src/matching/reference';
import { company, flux } from '../../fixtures/matching';
import { match, options } from './match-both';

describe('substitution', () => {
  it('pairs a cardboard offer with a cardboard need 4 km away, once', () => {
    const companies = [company('cartonnages-x', 'Cartonnages X', 0), company('imprimerie-y', 'Imprimerie Y', 4)];
    const fluxes = [
      flux('f-offer', 'cartonnages-x', 'mat.cardboard', 'offer', { quantity: 12, unit: 't', period: 'year' }),
      flux('f-need', 'imprimerie-y', 'mat.cardboard', 'need', { quantity: 10, unit: 't', period: 'year' }),
    ];
    const synergies = match(companies, fluxes);
    expect(synergies).toHaveLength(1);
    const s = synergies[0]!;
    expect(s.kind).toBe('substitution');
    expect(s.fluxIds).toEqual(['f-need', 'f-offer']);
    expect(s.companyIds).toEqual(['cartonnages-x', 'imprimerie-y']);
    expect(s.id).toMatch(/^sub:[0-9a-f]{16}$/);
    expect(s.distanceKm).toBeCloseTo(4, 1);
    expect(s.scoreParts).toEqual({ resource: 100, quantity: 83, distance: 92, timing: 100 });
    expect(s.score).toBe(93);
  });

  it('explains a cardboard substitution the way a referent reads it aloud', () => {
    const companies = [company('cartonnages-x', 'Cartonnages X', 0), company('imprimerie-y', 'Imprimerie Y', 4)];
    const fluxes = [
      flux('f-offer', 'cartonnages-x', 'mat.cardboard', 'offer', { quantity: 12, unit: 't', period: 'year' }),
      flux('f-need', 'imprimerie-y', 'mat.cardboard', 'need', { quantity: 10, unit: 't', period: 'year' }),
    ];
    expect(match(companies, fluxes)[0]!.explanation).toBe(
      'Cartonnages X offre 12 t/an de cartons et emballages carton à 4 km d’Imprimerie Y, qui en recherche 10 t/an.',
    );
  });

  it('finds nothing between waste heat and a heating need 30 km apart (heat travels 3 km)', () => {
    const companies = [company('fonderie', 'Fonderie', 0), company('serre', 'Serres du Val', 30)];
    const fluxes = [
      flux('f-heat', 'fonderie', 'nrj.waste-heat', 'offer', { quantity: 800, unit: 'MWh' }),
      flux('f-heating', 'serre', 'nrj.space-heating', 'need', { quantity: 500, unit: 'MWh' }),
    ];
    expect(match(companies, fluxes)).toEqual([]);
  });

  it('feeds a heating need from waste heat next door, as a declared compatibility', () => {
    const companies = [company('fonderie', 'Fonderie', 0), company('serre', 'Serres du Val', 1.5)];
    const fluxes = [
      flux('f-heat', 'fonderie', 'nrj.waste-heat', 'offer', { quantity: 800, unit: 'MWh', period: 'year', temperatureC: 90 }),
      flux('f-heating', 'serre', 'nrj.space-heating', 'need', { quantity: 500, unit: 'MWh', period: 'year', temperatureC: 45 }),
    ];
    const [s] = match(companies, fluxes);
    expect(s!.resourceCodes).toEqual(['nrj.space-heating', 'nrj.waste-heat']);
    expect(s!.scoreParts.resource).toBe(70);
    expect(s!.explanation).toBe(
      'Fonderie offre 800 MWh/an de chaleur fatale (rejets thermiques) à 2 km de Serres du Val, qui recherche 500 MWh/an de chauffage des locaux.',
    );
  });

  it('never pairs incompatible resources', () => {
    const companies = [company('a', 'Alpha', 0), company('b', 'Bêta', 1)];
    const fluxes = [flux('f-glass', 'a', 'mat.glass', 'offer'), flux('f-water', 'b', 'eau.process-water', 'need')];
    expect(match(companies, fluxes)).toEqual([]);
  });

  it('never pairs a company’s own offer and need', () => {
    const companies = [company('a', 'Alpha', 0)];
    const fluxes = [flux('f-offer', 'a', 'mat.wood-pallets', 'offer'), flux('f-need', 'a', 'mat.wood-pallets', 'need')];
    expect(match(companies, fluxes)).toEqual([]);
  });

  it('ignores deleted flux and flux of deleted companies', () => {
    const companies = [company('a', 'Alpha', 0), company('b', 'Bêta', 1), company('c', 'Gamma', 2, 0, { deleted: true })];
    const fluxes = [
      flux('f-a', 'a', 'mat.cardboard', 'offer', { deleted: true }),
      flux('f-b', 'b', 'mat.cardboard', 'need'),
      flux('f-c', 'c', 'mat.cardboard', 'offer'),
    ];
    expect(match(companies, fluxes)).toEqual([]);
  });

  it('uses the smaller of the two reaches of a pair', () => {
    const companies = [company('a', 'Alpha', 0), company('b', 'Bêta', 20)];
    const near = flux('f-need', 'b', 'mat.cardboard', 'need', { maxDistanceKm: 10 });
    expect(match(companies, [flux('f-offer', 'a', 'mat.cardboard', 'offer'), near])).toEqual([]);
    const far = flux('f-need', 'b', 'mat.cardboard', 'need', { maxDistanceKm: 30 });
    expect(match(companies, [flux('f-offer', 'a', 'mat.cardboard', 'offer'), far])).toHaveLength(1);
  });

  it('places companies without coordinates in their business park', () => {
    const companies = [
      company('a', 'Alpha', null, 0, { zone: 'ZA Nord' }),
      company('b', 'Bêta', 3, 0, { zone: 'ZA Nord' }),
      company('c', 'Gamma', null, 0, { zone: 'ZA Sud' }),
    ];
    const fluxes = [
      flux('f-a', 'a', 'mat.cardboard', 'offer'),
      flux('f-b', 'b', 'mat.cardboard', 'need'),
      flux('f-c', 'c', 'mat.cardboard', 'need'),
    ];
    const synergies = match(companies, fluxes);
    expect(synergies.map((s) => s.companyIds)).toEqual([['a', 'b']]);
    expect(synergies[0]!.distanceKm).toBe(0);
    expect(synergies[0]!.explanation).toContain('dans la même zone d’activités que Bêta');
  });

  it('keeps only the best candidates of each flux', () => {
    const companies = [company('offer', 'Offreur', 0), ...[1, 2, 3, 4].map((km) => company(`n${km}`, `Besoin ${km}`, km * 5))];
    const fluxes = [
      flux('f-offer', 'offer', 'mat.textiles', 'offer'),
      ...[1, 2, 3, 4].map((km) => flux(`f-n${km}`, `n${km}`, 'mat.textiles', 'need')),
    ];
    const engine = new MatchEngine({ ...options, topN: 2 });
    engine.load({ companies, flux: fluxes });
    // Each need keeps its only candidate, so all four pairs stay: top-N is per flux, on either side.
    expect(engine.synergies()).toHaveLength(4);
    expect(referenceMatch({ companies, flux: fluxes }, { ...options, topN: 2 })).toEqual(engine.synergies());
  });
});

describe('mutualisation', () => {
  it('groups three companies needing SST training into one session', () => {
    const companies = [company('a', 'Alpha', 0), company('b', 'Bêta', 0.5, 0.3), company('c', 'Gamma', 1, -0.2)];
    const fluxes = ['a', 'b', 'c'].map((id) => flux(`sst-${id}`, id, 'comp.training-sst', 'need', { quantity: 4, unit: 'person' }));
    const synergies = match(companies, fluxes);
    expect(synergies).toHaveLength(1);
    const s = synergies[0]!;
    expect(s.kind).toBe('mutualisation');
    expect(s.companyIds).toEqual(['a', 'b', 'c']);
    expect(s.id).toMatch(/^mut:/);
    expect(s.groupRule).toBe('session');
    expect(s.explanation).toBe(
      'Formation mutualisée possible : Alpha, Bêta et Gamma ont des salariés à former : formation Sauveteur Secouriste du Travail (SST), à moins de 2 km les unes des autres.',
    );
  });

  it('groups carpoolers within 5 km of each other, not a chain of neighbours', () => {
    const companies = [company('a', 'Alpha', 0), company('b', 'Bêta', 4), company('c', 'Gamma', 8), company('d', 'Delta', 15)];
    const fluxes = ['a', 'b', 'c', 'd'].map((id) => flux(`car-${id}`, id, 'comp.carpooling', 'need'));
    const synergies = match(companies, fluxes);
    expect(synergies.map((s) => s.companyIds)).toEqual([['a', 'b']]);
    expect(synergies[0]!.groupRule).toBe('neighbours');
    expect(synergies[0]!.explanation).toBe(
      'Covoiturage possible : Alpha et Bêta ont des salariés intéressés par le covoiturage domicile-travail, à moins de 5 km l’une de l’autre.',
    );
  });

  it('groups a park with its neighbours: a located company joins by distance, park or not', () => {
    const companies = [
      company('a', 'Alpha', 0, 0, { zone: 'ZA Nord' }),
      company('b', 'Bêta', 2, 0, { zone: 'ZA Nord' }),
      company('c', 'Gamma', null, 0, { zone: 'ZA Nord' }),
      company('d', 'Delta', 8, 0, { zone: 'ZA Sud' }),
      company('e', 'Epsilon', 9, 0, { zone: 'ZA Sud' }),
      company('f', 'Phi', 1),
    ];
    const fluxes = companies.map((c) => flux(`fork-${c.id}`, c.id, 'log.forklift', 'need'));
    const synergies = match(companies, fluxes).sort((x, y) => (x.companyIds[0]! < y.companyIds[0]! ? -1 : 1));
    // Phi, outside any park, is 1 km from Alpha: it joins the Nord park (Gamma, placed only by its
    // park, is as near as its park's companies). ZA Sud is 6 km away or more: a group of its own.
    expect(synergies.map((s) => s.companyIds)).toEqual([
      ['a', 'b', 'c', 'f'],
      ['d', 'e'],
    ]);
    expect(synergies.map((s) => s.groupRule)).toEqual(['neighbours', 'park']);
    expect(synergies[0]!.explanation).toBe(
      'Équipement partagé possible : Alpha, Bêta, Gamma et Phi ont besoin de chariot élévateur, à moins de 3 km les unes des autres.',
    );
  });

  it('does not group a single company with itself', () => {
    const companies = [company('a', 'Alpha', 0)];
    const fluxes = [flux('e1', 'a', 'nrj.electricity', 'need'), flux('e2', 'a', 'nrj.electricity', 'need')];
    expect(match(companies, fluxes)).toEqual([]);
  });

  it('leaves out only a company with neither position nor park', () => {
    const companies = [company('a', 'Alpha', 0), company('b', 'Bêta', null, 0, { zone: 'ZA Nord' }), company('c', 'Gamma', null)];
    const fluxes = companies.map((c) => flux(`gas-${c.id}`, c.id, 'nrj.natural-gas', 'need'));
    expect(match(companies, fluxes).map((s) => s.companyIds)).toEqual([['a', 'b']]);
  });
});

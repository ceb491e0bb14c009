// Every proposal shows its estimated yearly stake, and a referent facing thousands starts with
// the ones that matter: the list sorts by t CO2e avoided, then by tonnes and MWh.
import { describe, expect, it } from 'vitest';
import { CO2_FACTORS, stakeOf, stakeText } from '../../../src/domain';
import { MatchEngine } from '../../../src/matching/engine';
import { HeldSynergies } from '../../../src/matching/held-synergies';
import { company, flux } from '../../fixtures/matching';

describe('stake of a proposal', () => {
  it('turns tonnes of scrap into t CO2e through the steel factor, and says so in French', () => {
    const s = stakeOf('mat.scrap-metal', 'mass', 120_000)!;
    expect(s.tonnes).toBe(120);
    expect(s.tco2e).toBeCloseTo(120 * CO2_FACTORS['steel-scrap'].tco2ePerUnit, 3);
    expect(stakeText(s)).toBe('120 t/an · 151,2 t CO2e/an évitées');
    // No public factor for pallets counted in units: no stake.
    expect(stakeOf('mat.wood-pallets', 'count', 300)).toBeUndefined();
  });

  it('gives a collection round the tonnes its members give away', () => {
    const companies = [company('a', 'Alpha', 0), company('b', 'Bêta', 1)];
    const fluxes = [
      flux('ca', 'a', 'mat.cardboard', 'offer', { quantity: 10, unit: 't' }),
      flux('cb', 'b', 'mat.cardboard', 'offer', { quantity: 15, unit: 't' }),
    ];
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load({ companies, flux: fluxes });
    const [round] = engine.synergies().filter((s) => s.kind === 'mutualisation');
    // Cardboard has no factor (co2-factors.ts): the round says its tonnes only.
    expect(round!.stake).toEqual({ tonnes: 25 });
  });

  it('counts what both sides can exchange, and sorts the list by it', () => {
    const companies = [
      company('a', 'Forge', 0),
      company('b', 'Fonderie', 2),
      company('c', 'Cartonnages', 1),
      company('d', 'Imprimerie', 3),
    ];
    const fluxes = [
      flux('acier', 'a', 'mat.scrap-metal', 'offer', { quantity: 800, unit: 't', grade: 'metal.carbon-steel' }),
      flux('fonte', 'b', 'mat.scrap-metal', 'need', { quantity: 300, unit: 't', acceptedGrades: ['metal.carbon-steel'] }),
      flux('carton', 'c', 'mat.cardboard', 'offer', { quantity: 2000, unit: 't' }),
      flux('papier', 'd', 'mat.cardboard', 'need', { quantity: 1000, unit: 't' }),
    ];
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load({ companies, flux: fluxes });
    const scrap = engine.synergies().find((s) => s.fluxIds.includes('acier'))!;
    // The smaller of 800 t offered and 300 t needed.
    expect(scrap.stake).toMatchObject({ tonnes: 300 });
    const held = HeldSynergies.fromRun(engine.snapshot(1));
    // Scrap: 300 t × 1.26 = 378 t CO2e comes before 1,000 t of cardboard, whose recycling avoids no
    // emission in the Base Carbone's figures (co2-factors.ts): tonnes, no t CO2e.
    const carton = engine.synergies().find((s) => s.fluxIds.includes('carton'))!;
    expect(carton.stake).toEqual({ tonnes: 1000 });
    expect(held.query({ sort: 'stake' }).items.map((s) => s.fluxIds)).toEqual([
      ['acier', 'fonte'],
      ['carton', 'papier'],
    ]);
  });
});

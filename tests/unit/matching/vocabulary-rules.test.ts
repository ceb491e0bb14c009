// The vocabulary rules on hand-made pairs, engine and reference alike: grades, heat and steam
// levels, free labels, animal by-products, food contact, compost, units, self-consumption reach,
// recyclers' outputs.
import { describe, expect, it } from 'vitest';
import type { Company, Flux } from '../../../src/domain';
import { company, flux } from '../../fixtures/matching';
import { match } from './match-both';

const two = (extraA: Partial<Company> = {}, extraB: Partial<Company> = {}, km = 2) => [
  company('a', 'Alpha', 0, 0, extraA),
  company('b', 'Bêta', km, 0, extraB),
];
const subs = (companies: Company[], fluxes: Flux[]) => match(companies, fluxes).filter((s) => s.kind === 'substitution');

describe('grades', () => {
  it('never offers stainless offcuts to a cast-iron foundry, but carbon steel yes', () => {
    const fluxes = [
      flux('inox', 'a', 'mat.scrap-metal', 'offer', { grade: 'metal.stainless' }),
      flux('fonderie', 'b', 'mat.scrap-metal', 'need', { acceptedGrades: ['metal.cast-iron', 'metal.carbon-steel'] }),
    ];
    expect(subs(two(), fluxes)).toEqual([]);
    fluxes[0] = flux('acier', 'a', 'mat.scrap-metal', 'offer', { grade: 'metal.carbon-steel' });
    expect(subs(two(), fluxes)).toHaveLength(1);
  });

  it('reads the grade from the label when the field is empty (« Copeaux inox »)', () => {
    const fluxes = [
      flux('inox', 'a', 'mat.scrap-metal', 'offer', { label: 'Copeaux inox 316L' }),
      flux('fonderie', 'b', 'mat.scrap-metal', 'need', { acceptedGrades: ['metal.cast-iron'] }),
    ];
    expect(subs(two(), fluxes)).toEqual([]);
  });

  it('pairs an unsaid grade lower, and says what to check', () => {
    const fluxes = [
      flux('ferraille', 'a', 'mat.scrap-metal', 'offer'),
      flux('fonderie', 'b', 'mat.scrap-metal', 'need', { acceptedGrades: ['metal.cast-iron'] }),
    ];
    const [s] = subs(two(), fluxes);
    expect(s!.scoreParts.resource).toBe(60);
    expect(s!.explanation).toContain('à vérifier : nuance du métal non précisée');
  });

  it('does not give an IBC that held chemicals to a farm for its water', () => {
    const fluxes = [
      flux('grv', 'a', 'mat.ibc-containers', 'offer', { grade: 'packaging.chemical' }),
      flux('cuves', 'b', 'mat.ibc-containers', 'need', { acceptsHazardous: false }),
    ];
    expect(subs(two(), fluxes)).toEqual([]);
  });
});

describe('regulation', () => {
  it('sends category 1 animal by-products only to a need that names them, never to a digester', () => {
    const companies = [company('abattoir', 'Abattoir', 0), company('methan', 'Méthaniseur', 3), company('equarr', 'Équarrisseur', 5)];
    const fluxes = [
      flux('c1', 'abattoir', 'mat.animal-by-products', 'offer', { label: 'Matériels à risque spécifiés (catégorie 1)' }),
      flux('digester', 'methan', 'mat.methanisation-input', 'need'),
      flux('renderer', 'equarr', 'mat.animal-by-products', 'need', { acceptedGrades: ['organic.abp-cat1'] }),
    ];
    expect(subs(companies, fluxes).map((s) => s.fluxIds)).toEqual([['c1', 'renderer']]);
  });

  it('never feeds a food-contact need from treated wastewater', () => {
    const fluxes = [
      flux('reut', 'a', 'eau.treated-wastewater', 'offer'),
      flux('boissons', 'b', 'eau.process-water', 'need', { description: 'Rinçage des bouteilles, contact alimentaire' }),
    ];
    expect(subs(two(), fluxes)).toEqual([]);
  });

  it('never feeds a grower who needs finished compost with raw biowaste', () => {
    const fluxes = [flux('cantine', 'a', 'mat.biowaste', 'offer'), flux('maraicher', 'b', 'mat.compost', 'need')];
    expect(subs(two(), fluxes)).toEqual([]);
  });

  it('reaches 2 km for collective self-consumption in a town, 10 km periurban, 20 km rural', () => {
    const fluxes = [flux('toit', 'a', 'nrj.pv-roof', 'offer'), flux('conso', 'b', 'nrj.local-renewable', 'need')];
    expect(subs(two({}, {}, 5), fluxes)).toEqual([]);
    expect(subs(two({ setting: 'periurban' }, { setting: 'periurban' }, 5), fluxes)).toHaveLength(1);
    expect(subs(two({ setting: 'periurban' }, { setting: 'periurban' }, 15), fluxes)).toEqual([]);
    expect(subs(two({ setting: 'rural' }, { setting: 'rural' }, 15), fluxes)).toHaveLength(1);
  });

  it('keeps a recycler’s own output out of the collection round of its suppliers', () => {
    const companies = [company('a', 'Forge', 0), company('b', 'Usinage', 1), company('r', 'Ferrailleur', 2)];
    const fluxes = [
      flux('fa', 'a', 'mat.scrap-metal', 'offer', { grade: 'metal.carbon-steel' }),
      flux('fb', 'b', 'mat.scrap-metal', 'offer', { grade: 'metal.carbon-steel' }),
      flux('r-in', 'r', 'mat.scrap-metal', 'need', { acceptedGrades: ['metal.mixed'] }),
      flux('r-out', 'r', 'mat.scrap-metal', 'offer', { grade: 'metal.carbon-steel' }),
    ];
    const rounds = match(companies, fluxes).filter((s) => s.kind === 'mutualisation');
    expect(rounds.map((s) => s.fluxIds)).toEqual([['fa', 'fb']]);
  });
});

describe('heat and steam', () => {
  it('does not feed a 130 °C process from a 35 °C reject, and does from 250 °C', () => {
    const need = flux('four', 'b', 'nrj.process-heat', 'need', { temperatureC: 130 });
    expect(subs(two(), [flux('tiede', 'a', 'nrj.waste-heat', 'offer', { description: 'Eau de refroidissement à 35 °C' }), need])).toEqual(
      [],
    );
    expect(subs(two(), [flux('fumees', 'a', 'nrj.waste-heat', 'offer', { temperatureC: 250 }), need])).toHaveLength(1);
  });

  it('does not feed a 30 bar need from 20 bar steam, and says to check the pressure when unsaid', () => {
    const companies = two({}, {}, 1);
    expect(
      subs(companies, [
        flux('vap', 'a', 'nrj.steam', 'offer', { pressureBar: 20 }),
        flux('need', 'b', 'nrj.steam', 'need', { pressureBar: 30 }),
      ]),
    ).toEqual([]);
    const [s] = subs(companies, [flux('vap', 'a', 'nrj.steam', 'offer'), flux('need', 'b', 'nrj.steam', 'need', { pressureBar: 10 })]);
    expect(s!.explanation).toContain('pression de la vapeur');
  });
});

describe('free text (« Autre »)', () => {
  it('pairs two close labels lower, with « à vérifier : rapprochement par libellé », and never two far ones', () => {
    const close = [
      flux('mousse', 'a', 'log.other', 'offer', { label: 'Chutes de mousses polyuréthane' }),
      flux('calage', 'b', 'log.other', 'need', { label: 'Mousse de calage' }),
    ];
    const [s] = subs(two(), close);
    expect(s!.scoreParts.resource).toBe(50);
    expect(s!.explanation).toContain('à vérifier : rapprochement par libellé');
    const far = [
      flux('fumier', 'a', 'log.other', 'offer', { label: 'Fumier pailleux' }),
      flux('sable', 'b', 'log.other', 'need', { label: 'Sable pour béton' }),
    ];
    expect(subs(two(), far)).toEqual([]);
  });

  it('treats a material of « Autre » without a waste code as possibly hazardous', () => {
    const fluxes = [
      flux('boues', 'a', 'mat.other', 'offer', { label: "Boues d'hydroxydes" }),
      flux('entree', 'b', 'mat.other', 'need', { label: 'Boues de traitement' }),
    ];
    expect(subs(two(), fluxes)).toEqual([]);
    fluxes[1] = flux('entree', 'b', 'mat.other', 'need', { label: 'Boues de traitement', acceptsHazardous: true });
    const [s] = subs(two(), fluxes);
    expect(s!.explanation).toContain('code déchet à préciser');
  });
});

describe('official codes under « Autre »', () => {
  it('matches an « Autre » recorded with an official code as the entry of that material, grade read from its label', () => {
    const need = flux('fonderie', 'b', 'mat.scrap-metal', 'need', { acceptedGrades: ['metal.carbon-steel'] });
    const [s] = subs(two(), [flux('chantier', 'a', 'mat.other', 'offer', { label: 'Fer et acier', wasteCode: '17 04 05' }), need]);
    expect(s!.scoreParts.resource).toBe(100);
    // Aluminium under its official code never goes to a ferrous need.
    expect(subs(two(), [flux('alu', 'a', 'mat.other', 'offer', { label: 'Aluminium', wasteCode: '17 04 02' }), need])).toEqual([]);
  });
});

describe('quantities in different units', () => {
  it('compares litres and tonnes of used oil through its density', () => {
    const fluxes = [
      flux('huile', 'a', 'mat.used-oil', 'offer', { quantity: 1000, unit: 'L' }),
      flux('regen', 'b', 'mat.used-oil', 'need', { quantity: 1.8, unit: 't', acceptsHazardous: true }),
    ];
    // 1,000 L × 0.9 t/m³ = 0.9 t, half of 1.8 t.
    expect(subs(two(), fluxes)[0]!.scoreParts.quantity).toBe(50);
  });

  it('says so when units cannot be compared', () => {
    const fluxes = [
      flux('lisier', 'a', 'mat.manure', 'offer', { quantity: 500, unit: 'm3' }),
      flux('methan', 'b', 'mat.methanisation-input', 'need', { quantity: 800, unit: 't' }),
    ];
    expect(subs(two(), fluxes)[0]!.explanation).toContain('quantités non comparables (m³ et t)');
  });
});

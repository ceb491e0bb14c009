// Properties of the vocabulary rules on random territories: never a grade mismatch, never a
// hazardous (or unknown-code) waste to a need that does not accept it, never « Autre » paired
// without a shared word, heat never flows up; and the engine's cached verdicts equal the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Company, Flux, FluxInput, GradeCode } from '../../../src/domain';
import { MatchEngine } from '../../../src/matching/engine';
import { referenceMatch } from '../../../src/matching/reference';
import { company, flux } from '../../fixtures/matching';

const METALS: GradeCode[] = ['metal.carbon-steel', 'metal.cast-iron', 'metal.stainless', 'metal.mixed'];
const POLYMERS: GradeCode[] = ['polymer.pe-hd', 'polymer.pe-bd', 'polymer.pp', 'polymer.mixed'];
const WORDS = ['fumier', 'sable', 'mousse', 'azote', 'verre', 'chutes', 'gravats'];

type Spec = [string, 'need' | 'offer', Partial<FluxInput>];

const specArb: fc.Arbitrary<Spec> = fc.oneof(
  fc
    .record({ g: fc.option(fc.constantFrom(...METALS), { nil: undefined }) })
    .map(({ g }): Spec => ['mat.scrap-metal', 'offer', { grade: g }]),
  fc
    .record({ a: fc.option(fc.subarray(METALS, { minLength: 1 }), { nil: undefined }) })
    .map(({ a }): Spec => ['mat.scrap-metal', 'need', { acceptedGrades: a }]),
  fc
    .record({ g: fc.option(fc.constantFrom(...POLYMERS), { nil: undefined }) })
    .map(({ g }): Spec => ['mat.plastic-rigid', 'offer', { grade: g }]),
  fc
    .record({ a: fc.option(fc.subarray(POLYMERS, { minLength: 1 }), { nil: undefined }) })
    .map(({ a }): Spec => ['mat.plastic-rigid', 'need', { acceptedGrades: a }]),
  fc
    .record({
      words: fc.subarray(WORDS, { minLength: 1, maxLength: 2 }),
      code: fc.boolean(),
      dir: fc.constantFrom('need' as const, 'offer' as const),
      ok: fc.boolean(),
    })
    .map(({ words, code, dir, ok }): Spec => [
      'mat.other',
      dir,
      {
        label: words.join(' '),
        ...(code && dir === 'offer' ? { wasteCode: '16 03 04' } : {}),
        ...(dir === 'need' && ok ? { acceptsHazardous: true } : {}),
      },
    ]),
  fc
    .record({ words: fc.subarray(WORDS, { minLength: 1, maxLength: 2 }), dir: fc.constantFrom('need' as const, 'offer' as const) })
    .map(({ words, dir }): Spec => ['log.other', dir, { label: words.join(' ') }]),
  fc.constant<Spec>(['mat.used-oil', 'offer', {}]),
  fc.boolean().map((ok): Spec => ['mat.used-oil', 'need', ok ? { acceptsHazardous: true } : {}]),
  fc.option(fc.integer({ min: 20, max: 300 }), { nil: undefined }).map((t): Spec => ['nrj.waste-heat', 'offer', { temperatureC: t }]),
  fc.option(fc.integer({ min: 20, max: 300 }), { nil: undefined }).map((t): Spec => ['nrj.process-heat', 'need', { temperatureC: t }]),
  fc.constant<Spec>(['eau.treated-wastewater', 'offer', {}]),
  fc.boolean().map((food): Spec => ['eau.process-water', 'need', food ? { acceptedGrades: ['water.drinking'] } : {}]),
);

const regionArb = fc
  .array(
    fc.record({
      x: fc.double({ min: 0, max: 2, noNaN: true }),
      y: fc.double({ min: 0, max: 2, noNaN: true }),
      specs: fc.array(specArb, { minLength: 1, maxLength: 4 }),
    }),
    {
      minLength: 2,
      maxLength: 12,
    },
  )
  .map((rows) => {
    const companies: Company[] = [];
    const fluxes: Flux[] = [];
    rows.forEach((row, i) => {
      companies.push(company(`c${i}`, `Entreprise ${i}`, row.x, row.y));
      row.specs.forEach(([code, dir, extra], k) => fluxes.push(flux(`f${i}-${k}`, `c${i}`, code, dir, extra)));
    });
    return { companies, fluxes };
  });

const words = (label: string) => new Set(label.split(' ').filter((w) => w !== 'chutes'));

describe('vocabulary rules on random territories', () => {
  it('never pair a grade mismatch, a hazardous waste with an unauthorised need, « Autre » without a shared word, or heat upwards', () => {
    fc.assert(
      fc.property(regionArb, ({ companies, fluxes }) => {
        const engine = new MatchEngine({ topN: 5, now: 1 });
        engine.load({ companies, flux: fluxes });
        const synergies = engine.synergies();
        expect(synergies).toEqual(referenceMatch({ companies, flux: fluxes }, { topN: 5, now: 1 }));
        const byId = new Map(fluxes.map((f) => [f.id, f]));
        for (const s of synergies.filter((x) => x.kind === 'substitution')) {
          const [a, b] = s.fluxIds.map((id) => byId.get(id)!);
          const [offer, need] = a!.direction === 'offer' ? [a!, b!] : [b!, a!];
          if (offer.grade && need.acceptedGrades) {
            const mixed = `${offer.grade.split('.')[0]}.mixed`;
            expect(need.acceptedGrades.includes(offer.grade) || need.acceptedGrades.includes(mixed as GradeCode)).toBe(true);
          }
          const hazardous = offer.resourceCode === 'mat.used-oil' || (offer.resourceCode === 'mat.other' && !offer.wasteCode);
          if (hazardous) expect(need.acceptsHazardous).toBe(true);
          if (offer.resourceCode.endsWith('.other') || need.resourceCode.endsWith('.other')) {
            const shared = [...words(offer.label)].some((w) => words(need.label).has(w));
            expect(shared).toBe(true);
            expect(s.explanation).toContain('à vérifier : rapprochement par libellé');
          }
          if (offer.temperatureC !== undefined && need.temperatureC !== undefined)
            expect(offer.temperatureC).toBeGreaterThanOrEqual(need.temperatureC);
          if (need.acceptedGrades?.length === 1 && need.acceptedGrades[0] === 'water.drinking')
            expect(offer.resourceCode).not.toBe('eau.treated-wastewater');
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('give after one company changed what a full run gives (cached verdicts, recyclers’ outputs)', () => {
    fc.assert(
      fc.property(regionArb, specArb, ({ companies, fluxes }, added) => {
        const engine = new MatchEngine({ topN: 5, now: 1 });
        engine.load({ companies, flux: fluxes });
        const own = fluxes.filter((f) => f.companyId === 'c0').slice(1);
        own.push(flux('f0-new', 'c0', added[0], added[1], added[2]));
        engine.updateCompany('c0', companies[0], own);
        const after = [...fluxes.filter((f) => f.companyId !== 'c0'), ...own];
        const fresh = new MatchEngine({ topN: 5, now: 1 });
        fresh.load({ companies, flux: after });
        expect(engine.synergies()).toEqual(fresh.synergies());
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

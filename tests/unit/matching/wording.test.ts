// Every sentence the engine writes, for every resource of the taxonomy in each of its directions,
// follows French elision and one number style: « d’Imprimerie », « qu’Imprimerie », « de 1 km ».
import { describe, expect, it } from 'vitest';
import { MUTUALISED_DIRECTION, TAXONOMY, type Direction, type ResourceType } from '../../../src/domain';
import { buildMutualisation, buildSubstitution } from '../../../src/matching/build-synergy';
import { prepareAll } from '../../../src/matching/prepare';
import { company, flux } from '../../fixtures/matching';

const VOWEL = '[aeiouyàâäéèêëîïôöùûüœæ]';
// A word boundary that knows accented letters (\b does not: « photovoltaïque à » is no « que à »).
const WORD_START = '(?:^|[\\s(«])';
const FAULTS: [RegExp, string][] = [
  [new RegExp(`${WORD_START}de ${VOWEL}`, 'i'), '« de » devant une voyelle'],
  [new RegExp(`${WORD_START}que ${VOWEL}`, 'i'), '« que » devant une voyelle'],
  [/(?:^|\s)(d|qu)[’']\d/i, 'élision devant un chiffre'],
  [/ {2}|\s[,.]/, 'espace en trop'],
];

/** Names chosen to test elision: a vowel, an accented capital, a mute h, a digit. */
const NAMES = ['Imprimerie du Val', 'Eau & Process', 'Hôtel Central', 'Usine Bleue', '3D Prototypes', 'Cartonnages X'];

function check(sentence: string, context: string) {
  for (const [pattern, fault] of FAULTS) {
    expect(pattern.test(sentence), `${fault} — ${context} : ${sentence}`).toBe(false);
  }
  expect(sentence, context).toMatch(/^[A-ZÉÈ0-9].*\.$/u);
}

function prepared(resource: ResourceType, direction: Direction, extra: Parameters<typeof flux>[4] = {}) {
  const companies = NAMES.map((name, i) => company(`c${i}`, name, i === 0 ? 0 : i * 0.7, 0));
  const fluxes = companies.map((c) => flux(`f-${c.id}`, c.id, resource.code, direction, extra));
  return prepareAll(companies, fluxes).flux;
}

describe('wording of every synergy sentence', () => {
  const quantities = [{}, { quantity: 12, unit: undefined }, { quantity: 1, period: 'year' as const }];
  for (const resource of TAXONOMY) {
    it(`elides and counts correctly for ${resource.code}`, () => {
      for (const extra of quantities) {
        const unit = extra.quantity !== undefined ? resource.defaultUnit : undefined;
        for (const direction of resource.directions) {
          const [a, b, c] = prepared(resource, direction, { ...extra, unit });
          // Substitution sentences: under 1 km, a few km, each company named second.
          for (const f of [a, b, c]) {
            for (const g of [a, b, c]) if (f !== g) check(buildSubstitution(f!, g!, 0).explanation, `${resource.code} ${direction}`);
          }
          // Mutualisation: two companies, then more.
          if (resource.mutualisation && MUTUALISED_DIRECTION[resource.mutualisation] === direction) {
            const two = buildMutualisation([a!, b!], 0).explanation;
            const many = buildMutualisation(prepared(resource, direction, { ...extra, unit }), 0).explanation;
            check(two, `${resource.code} à deux`);
            check(many, `${resource.code} à plusieurs`);
            if (!two.includes('sur le même territoire')) {
              expect(two).toContain('l’une de l’autre');
              expect(many).toContain('les unes des autres');
            }
          }
        }
      }
    });
  }

  it('elides before a company name and writes « moins de 1 km »', () => {
    const [near, far] = [company('a', 'Atelier Alpha', 0), company('b', 'Imprimerie Bêta', 0.4)];
    const [offer, need] = prepareAll(
      [near, far],
      [flux('f-o', 'a', 'mat.cardboard', 'offer'), flux('f-n', 'b', 'mat.cardboard', 'need')],
    ).flux.sort((x) => (x.direction === 'offer' ? -1 : 1));
    expect(buildSubstitution(offer!, need!, 0).explanation).toBe(
      'Atelier Alpha a à donner : cartons et emballages carton, à moins de 1 km d’Imprimerie Bêta, qui en a besoin.',
    );
    const park = prepareAll(
      [company('a', 'Atelier Alpha', null, 0, { zone: 'ZA' }), company('b', 'Imprimerie Bêta', null, 0, { zone: 'ZA' })],
      [flux('f-o', 'a', 'mat.cardboard', 'offer'), flux('f-n', 'b', 'mat.cardboard', 'need')],
    ).flux.sort((x) => (x.direction === 'offer' ? -1 : 1));
    expect(buildSubstitution(park[0]!, park[1]!, 0).explanation).toContain('dans la même zone d’activités qu’Imprimerie Bêta');
  });
});

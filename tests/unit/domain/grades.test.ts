// Grades, the words that name them, label closeness, and the flux fields that carry them.
import { describe, expect, it } from 'vitest';
import {
  FluxSchema,
  gradeFromText,
  gradeVerdict,
  labelTokens,
  labelsClose,
  pressureFromText,
  temperatureFromText,
} from '../../../src/domain';

describe('grade verdict', () => {
  it('accepts the named grade, any grade of a « mixed » need, and better water or wood', () => {
    expect(gradeVerdict('metal.stainless', ['metal.cast-iron'])).toBe('mismatch');
    expect(gradeVerdict('metal.stainless', ['metal.mixed'])).toBe('match');
    expect(gradeVerdict('water.drinking', ['water.washing'])).toBe('match');
    expect(gradeVerdict('water.washing', ['water.process'])).toBe('mismatch');
    expect(gradeVerdict('wood.a', ['wood.b'])).toBe('match');
  });

  it('leaves an unsaid grade to check, except where the law wants it said', () => {
    expect(gradeVerdict(undefined, ['metal.cast-iron'])).toBe('unknown');
    expect(gradeVerdict('metal.aluminium', undefined)).toBe('unknown');
    // Food contact takes nothing of unknown quality; cat. 1 and chemical packaging go only where named.
    expect(gradeVerdict(undefined, ['water.drinking'])).toBe('mismatch');
    expect(gradeVerdict('organic.abp-cat1', undefined)).toBe('mismatch');
    expect(gradeVerdict('organic.abp-cat1', ['organic.abp-cat2', 'organic.abp-cat3'])).toBe('mismatch');
    expect(gradeVerdict('packaging.chemical', ['packaging.clean'])).toBe('mismatch');
  });
});

describe('words people type', () => {
  it('names grades, temperatures and pressures', () => {
    expect(gradeFromText('Copeaux inox 316L', 'metal')).toBe('metal.stainless');
    expect(gradeFromText('Bacs PEHD cassés', 'polymer')).toBe('polymer.pe-hd');
    expect(gradeFromText('Sous-produits de catégorie 1')).toBe('organic.abp-cat1');
    expect(gradeFromText('Palettes bois non traité', 'wood')).toBe('wood.a');
    // « PP » alone is too short to trust without the entry's kind.
    expect(gradeFromText('PP')).toBeUndefined();
    expect(temperatureFromText('Eau à 35 °C en sortie')).toBe(35);
    expect(pressureFromText('Vapeur 12 bars')).toBe(12);
  });

  it('finds labels close across accents, plurals and synonyms, not on filler words', () => {
    expect(labelsClose(labelTokens('Chutes de mousses'), labelTokens('Mousse de calage'))).toBe(true);
    expect(labelsClose(labelTokens('Fumier pailleux'), labelTokens('Lisier de porcs'))).toBe(true);
    expect(labelsClose(labelTokens('Métaux divers'), labelTokens('Métal'))).toBe(true);
    expect(labelsClose(labelTokens('Fumier pailleux'), labelTokens('Sable pour béton'))).toBe(false);
    expect(labelsClose(labelTokens('Chutes de bois'), labelTokens('Chutes de tissu'))).toBe(false);
    // One word in common is not enough: the head word of one label must be in the other.
    expect(labelsClose(labelTokens('Azote pour inertage'), labelTokens('CO2 récupéré pour inertage, serres'))).toBe(false);
    expect(labelsClose(labelTokens('Sable pour béton'), labelTokens('Sables de fonderie'))).toBe(true);
  });
});

describe('flux grade fields', () => {
  const base = { id: 'f1', companyId: 'c1', family: 'materials', direction: 'offer', createdAt: 0, updatedAt: 0 } as const;

  it('takes a grade of the entry’s kind and refuses another, in French', () => {
    expect(FluxSchema.safeParse({ ...base, resourceCode: 'mat.scrap-metal', grade: 'metal.stainless' }).success).toBe(true);
    const wrong = FluxSchema.safeParse({ ...base, resourceCode: 'mat.scrap-metal', grade: 'polymer.pp' });
    expect(wrong.success).toBe(false);
    expect(wrong.error!.issues[0]!.message).toBe(
      '« PP (polypropylène) » ne convient pas à « Ferraille et métaux ferreux » : nuance du métal attendue',
    );
    expect(FluxSchema.safeParse({ ...base, resourceCode: 'mat.cardboard', grade: 'metal.stainless' }).success).toBe(false);
    // « Autre » takes any grade; bedding accepts wood or straw.
    expect(FluxSchema.safeParse({ ...base, resourceCode: 'mat.other', grade: 'polymer.pp' }).success).toBe(true);
    expect(
      FluxSchema.safeParse({ ...base, resourceCode: 'mat.animal-bedding', direction: 'need', acceptedGrades: ['wood.a', 'organic.plant'] })
        .success,
    ).toBe(true);
  });
});

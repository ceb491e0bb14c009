// The maps embedded in a company's and a follow-up's page: which companies they read, and the line a
// follow-up draws — its synergy as the matcher proposes it now, or as it was when decided.
import { describe, expect, it } from 'vitest';
import { companiesOfLines, followupLine } from '../../../src/domain/map/focus';

describe('a company’s map', () => {
  it('reads the company first, then each partner once', () => {
    const lines = [{ companyIds: ['b', 'a'] }, { companyIds: ['a', 'c', 'b'] }];
    expect(companiesOfLines(lines, 'a')).toEqual(['a', 'b', 'c']);
    expect(companiesOfLines([], 'a')).toEqual(['a']);
    expect(companiesOfLines(lines)).toEqual(['b', 'a', 'c']);
  });
});

describe('a follow-up’s map', () => {
  const followup = {
    synergyId: 'mut:old',
    snapshot: {
      kind: 'mutualisation' as const,
      family: 'logistics' as const,
      score: 62,
      companies: [
        { id: 'a', name: 'A', territoryId: 't' },
        { id: 'b', name: 'B', territoryId: 't' },
      ],
    },
  };

  it('draws the group as the matcher proposes it now, members who joined included', () => {
    const current = { id: 'mut:new', kind: 'mutualisation' as const, family: 'logistics' as const, score: 70, companyIds: ['a', 'b', 'c'] };
    expect(followupLine(followup, current)).toEqual(current);
  });

  it('draws it as decided when the matcher no longer proposes it', () => {
    expect(followupLine(followup)).toEqual({
      id: 'mut:old',
      kind: 'mutualisation',
      family: 'logistics',
      score: 62,
      companyIds: ['a', 'b'],
    });
    const unscored = { ...followup, snapshot: { ...followup.snapshot, score: undefined } };
    expect(followupLine(unscored).score).toBe(0);
  });
});

// The search benchmark itself: its cases are well formed and it scores what it claims.
import { describe, expect, it } from 'vitest';
import { searchAccuracy } from '../../../bench/quality/search-accuracy';
import { SEARCH_CASES } from '../../../bench/quality/search-cases';
import { findResource } from '../../../src/domain';
import { isLerCode } from '../../../src/domain/ler';

describe('search benchmark', () => {
  it('has at least 50 typed words on each of three kinds of territory, each expecting something that exists', () => {
    expect(Object.keys(SEARCH_CASES)).toEqual(['metalworking', 'agrifood', 'urban']);
    for (const list of Object.values(SEARCH_CASES)) {
      expect(list.length).toBeGreaterThanOrEqual(50);
      for (const c of list) {
        const ok = c.expected === 'free' || (c.expected.startsWith('ler:') ? isLerCode(c.expected.slice(4)) : findResource(c.expected));
        expect(ok, `${c.typed} → ${c.expected}`).toBeTruthy();
      }
    }
  });

  it('counts a first suggestion as right by code, label or free card, and lists the misses', () => {
    const r = searchAccuracy([
      { typed: 'palete', direction: 'offer', expected: 'mat.wood-pallets' },
      { typed: 'palettes', direction: 'offer', expected: 'Palettes bois' },
      { typed: 'mégots', direction: 'offer', expected: 'autre' },
      { typed: 'chaleur', direction: 'offer', expected: 'nrj.process-heat' },
    ]);
    expect(r).toMatchObject({ total: 4, correct: 3, top1Rate: 0.75 });
    expect(r.misses).toEqual([expect.objectContaining({ typed: 'chaleur', got: 'nrj.waste-heat' })]);
  });

  it('reaches the goal of 95 % first suggestions right', () => {
    expect(searchAccuracy().top1Rate).toBeGreaterThanOrEqual(0.95);
  });
});

// Decisions stick: the synergy list leaves out what a referent set aside, unless asked to show it.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, toQuery } from '../../../src/ui/synergies/synergy-filters';

describe('synergy list query', () => {
  const rejected = new Set(['sub:a', 'mut:b']);
  it('hides Écartée synergies by default', () => {
    expect([...(toQuery(NO_FILTERS, 0, 50, rejected).excludeIds ?? [])].sort()).toEqual(['mut:b', 'sub:a']);
  });
  it('shows them when « Afficher les écartées » is ticked', () => {
    expect(toQuery({ ...NO_FILTERS, showRejected: true }, 0, 50, rejected).excludeIds).toBeUndefined();
  });
});

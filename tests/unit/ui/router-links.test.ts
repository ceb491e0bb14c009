// Links to a synergy carry its id (`sub:…`, `mut:…`) encoded; the router gives it back whole.
import { describe, expect, it } from 'vitest';
import { parseRoute, synergyHref } from '../../../src/ui/router';

describe('links to a synergy', () => {
  it('lead back to the id they encode, « : » included', () => {
    for (const id of ['mut:0123456789abcdef', 'sub:fedcba9876543210', 'man:01890a5d-ac96-774b-bcce-b302099a8057']) {
      expect(synergyHref(id)).not.toContain(':0');
      expect(parseRoute(synergyHref(id))).toEqual({ name: 'synergy', params: { id } });
    }
  });

  it('still open when typed by hand, unencoded, and keep a malformed escape as typed', () => {
    expect(parseRoute('#/synergies/mut:0123456789abcdef').params.id).toBe('mut:0123456789abcdef');
    expect(parseRoute('#/synergies/mut%3')).toEqual({ name: 'synergy', params: { id: 'mut%3' } });
  });

  it('decodes other pages’ parameters too (a company id, a follow-up sheet)', () => {
    expect(parseRoute('#/entreprises/co%2D1/modifier')).toEqual({ name: 'company-edit', params: { id: 'co-1' } });
    expect(parseRoute('#/suivi/mut_0123/fiche')).toEqual({ name: 'followup-sheet', params: { id: 'mut_0123' } });
  });
});

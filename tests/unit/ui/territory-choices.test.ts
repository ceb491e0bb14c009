import { describe, expect, it } from 'vitest';
import { DEFAULT_TERRITORIES, type User } from '../../../src/domain';
import { defaultTerritory, territoryChoices } from '../../../src/ui/companies/territory-choices';

const user = (role: User['role'], territoryIds: string[]): User => ({ id: 'u1', email: 'a@b.fr', name: 'A', role, territoryIds });
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('territories offered in the company form', () => {
  it('are all of them without an account, and for an admin', () => {
    expect(territoryChoices(DEFAULT_TERRITORIES, { kind: 'guest' }, '')).toHaveLength(5);
    expect(territoryChoices(DEFAULT_TERRITORIES, { kind: 'active', token: 't', user: user('admin', []) }, '')).toHaveLength(5);
  });

  it('are the advisor’s own, plus the company’s current one', () => {
    const state = { kind: 'active' as const, token: 't', user: user('advisor', ['dijon-metropole']) };
    expect(ids(territoryChoices(DEFAULT_TERRITORIES, state, ''))).toEqual(['dijon-metropole']);
    expect(ids(territoryChoices(DEFAULT_TERRITORIES, state, 'cc-grand-charolais'))).toEqual(['dijon-metropole', 'cc-grand-charolais']);
    expect(ids(territoryChoices(DEFAULT_TERRITORIES, { kind: 'expired', user: state.user }, ''))).toEqual(['dijon-metropole']);
  });

  it('preselects the only territory of a user', () => {
    expect(defaultTerritory({ kind: 'active', token: 't', user: user('advisor', ['cu-creusot-montceau']) })).toBe('cu-creusot-montceau');
    expect(defaultTerritory({ kind: 'active', token: 't', user: user('advisor', ['a1', 'b1']) })).toBeUndefined();
    expect(defaultTerritory({ kind: 'none' })).toBeUndefined();
  });
});

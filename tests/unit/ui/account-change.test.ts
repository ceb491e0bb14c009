// What the signed-in person is told when an admin changed their account.
import { describe, expect, it } from 'vitest';
import type { User } from '../../../src/domain/user';
import { accountChangeMessage } from '../../../src/ui/sync/account-change';

const names = new Map([
  ['dijon-metropole', 'Dijon métropole'],
  ['cu-creusot-montceau', 'CU Creusot-Montceau'],
  ['cc-grand-charolais', 'CC Le Grand Charolais'],
]);
const alice: User = { id: 'u1', email: 'alice@cci.test', name: 'Alice', role: 'advisor', territoryIds: ['dijon-metropole'] };

describe('account change notice', () => {
  it('names the territories added and taken away, and the new role', () => {
    expect(accountChangeMessage(alice, { ...alice, territoryIds: ['dijon-metropole', 'cu-creusot-montceau'] }, names)).toBe(
      'Territoire ajouté à votre compte : CU Creusot-Montceau ; ses fiches arrivent sur cet appareil.',
    );
    expect(
      accountChangeMessage(alice, { ...alice, role: 'referent', territoryIds: ['cu-creusot-montceau', 'cc-grand-charolais'] }, names),
    ).toBe(
      'Votre rôle est maintenant : Référent territorial. Territoires ajoutés à votre compte : CU Creusot-Montceau, CC Le Grand Charolais ; leurs fiches arrivent sur cet appareil. ' +
        'Territoire retiré de votre compte : Dijon métropole ; ses fiches ont quitté cet appareil (une modification non envoyée reste dans Synchronisation).',
    );
  });

  it('says nothing for the same account unchanged (order aside), another account, or an admin’s territories', () => {
    expect(accountChangeMessage(alice, { ...alice, name: 'Alice M.' }, names)).toBeUndefined();
    expect(accountChangeMessage({ ...alice, territoryIds: ['a', 'b'] }, { ...alice, territoryIds: ['b', 'a'] }, names)).toBeUndefined();
    expect(accountChangeMessage(alice, { ...alice, id: 'u2', territoryIds: [] }, names)).toBeUndefined();
    expect(accountChangeMessage({ ...alice, role: 'admin' }, { ...alice, role: 'admin', territoryIds: [] }, names)).toBeUndefined();
    // An unknown territory is named by its id rather than left out.
    expect(accountChangeMessage(alice, { ...alice, territoryIds: ['dijon-metropole', 'cc-nouvelle'] }, names)).toContain('cc-nouvelle');
  });
});

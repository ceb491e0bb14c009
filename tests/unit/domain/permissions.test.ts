// Who may do what, asked by name: the same answers for the server and the screens.
import { describe, expect, it } from 'vitest';
import { can, DEVICE_WITHOUT_ACCOUNT, PERMISSIONS, territoryLimit, type Subject } from '../../../src/domain/permissions';
import { codeOfStatus, knownCode, REFUSAL_CODES } from '../../../src/domain/refusals';

const advisor: Subject = { role: 'advisor', territoryIds: ['dijon-metropole'] };
const animator: Subject = { role: 'animator', territoryIds: ['dijon-metropole'] };
const referent: Subject = { role: 'referent', territoryIds: ['dijon-metropole'] };
const admin: Subject = { role: 'admin', territoryIds: [] };
const dijon = { territoryIds: ['dijon-metropole'] };
const creusot = { territoryIds: ['cu-creusot-montceau'] };
const spanning = { territoryIds: ['cu-creusot-montceau', 'dijon-metropole'] };

describe('can(user, permission, object)', () => {
  it('lets a referent decide the follow-ups of their territory, including one it shares, and no other', () => {
    expect(can(referent, 'decide followup', dijon)).toBe(true);
    expect(can(referent, 'decide followup', spanning)).toBe(true);
    expect(can(referent, 'decide followup', creusot)).toBe(false);
    expect(can(referent, 'delete followup', creusot)).toBe(false);
  });

  it('lets advisors and animators contribute (open, notes) but never decide or delete', () => {
    for (const user of [advisor, animator]) {
      expect(can(user, 'contribute followup', dijon)).toBe(true);
      expect(can(user, 'contribute followup', creusot)).toBe(false);
      expect(can(user, 'decide followup', dijon)).toBe(false);
      expect(can(user, 'delete followup', dijon)).toBe(false);
      expect(can(user, 'decide followup')).toBe(false);
    }
  });

  it('keeps accounts, territories, the change log and the programme figures to admins', () => {
    for (const permission of [
      'manage accounts',
      'manage territories',
      'read change log',
      'read programme indicators',
      'see every territory',
    ] as const) {
      expect(can(admin, permission)).toBe(true);
      expect(can(referent, permission)).toBe(false);
      expect(can(advisor, permission)).toBe(false);
    }
  });

  it('gives admins every territory, present and future', () => {
    expect(can(admin, 'decide followup', creusot)).toBe(true);
    expect(can(admin, 'manage parks', { territoryId: 'a-territory-added-later' })).toBe(true);
    expect(territoryLimit(admin)).toBeUndefined();
    expect(territoryLimit(referent)).toEqual(['dijon-metropole']);
  });

  it('lets referents manage the parks and read the indicators of their own territories only', () => {
    expect(can(referent, 'manage parks', { territoryId: 'dijon-metropole' })).toBe(true);
    expect(can(referent, 'manage parks', { territoryId: 'cu-creusot-montceau' })).toBe(false);
    expect(can(referent, 'read indicators', { territoryId: 'dijon-metropole' })).toBe(true);
    expect(can(advisor, 'manage parks', { territoryId: 'dijon-metropole' })).toBe(false);
    expect(can(advisor, 'read indicators')).toBe(false);
  });

  it('answers role-only questions without an object, and refuses a record of no territory', () => {
    expect(can(referent, 'decide followup')).toBe(true);
    expect(can(referent, 'decide followup', { territoryIds: [] })).toBe(false);
  });

  it('gives a device without account every right on its own data, and nobody none', () => {
    for (const permission of PERMISSIONS) expect(can(DEVICE_WITHOUT_ACCOUNT, permission, creusot)).toBe(true);
    expect(can(undefined, 'contribute followup', dijon)).toBe(false);
    expect(territoryLimit(DEVICE_WITHOUT_ACCOUNT)).toBeUndefined();
  });
});

describe('refusal codes', () => {
  it('maps HTTP statuses to stable codes and ignores codes this version does not know', () => {
    expect(codeOfStatus(403)).toBe('role-forbidden');
    expect(codeOfStatus(401)).toBe('sign-in-required');
    expect(codeOfStatus(400)).toBe('invalid');
    expect(knownCode('territory-forbidden')).toBe('territory-forbidden');
    expect(knownCode('a-code-from-a-newer-server')).toBeUndefined();
    expect(new Set(REFUSAL_CODES).size).toBe(REFUSAL_CODES.length);
  });
});

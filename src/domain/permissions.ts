// Who may do what, asked by name: the one answer the server enforces and the screens follow.
// Pages and routes ask `can(user, 'decide followup', followup)`, never compare roles themselves.
import type { Role } from './user';

/**
 * The person asking. `role: null` is a device nobody signed in to: it is its own programme (nothing
 * syncs), so its user may do everything locally. The server never builds such a subject.
 */
export interface Subject {
  role: Role | null;
  territoryIds: readonly string[];
}

/** A device used without an account: full rights on its own data. */
export const DEVICE_WITHOUT_ACCOUNT: Subject = { role: null, territoryIds: [] };

/** What a permission may be asked about: a record of one territory, or of several (a follow-up). */
export interface PermissionObject {
  territoryId?: string;
  territoryIds?: readonly string[];
}

export const PERMISSIONS = [
  /** Read and write every territory, present and future (otherwise only one's own). */
  'see every territory',
  /** Read and write the records of a territory (companies, flux, visits, follow-ups…). */
  'access territory',
  /** Create, edit, remove accounts and reset passwords (« Comptes »). */
  'manage accounts',
  /** Add, rename, retire territories. */
  'manage territories',
  /** Confirm, rename, merge the business parks of a territory. */
  'manage parks',
  /** Ask the server for the programme's indicators of a territory. */
  'read indicators',
  /** Indicators of the whole programme, every territory together. */
  'read programme indicators',
  /** « Clôturer » a period's report of a territory: the server keeps it unchanged. */
  'close indicator reports',
  /** Set the targets per territory and year shown against the results. */
  'set indicator targets',
  /** See each advisor's activity (visits, companies, flux, leads) of a territory: managers only. */
  'read advisor activity',
  /** Read the server's change log (who changed which record, when). */
  'read change log',
  /** Change a follow-up's status, reason, study, checks, next action and gains. */
  'decide followup',
  /** Delete a follow-up recorded by mistake, or bring it back. */
  'delete followup',
  /** Open a follow-up (Proposée), record a manual synergy, add notes. */
  'contribute followup',
  /** Receive the leads that carry a confidential flux (a company's confidence, for referents). */
  'see confidential leads',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  referent: [
    'access territory',
    'manage parks',
    'read indicators',
    'close indicator reports',
    'read advisor activity',
    'decide followup',
    'delete followup',
    'contribute followup',
    'see confidential leads',
  ],
  animator: ['access territory', 'contribute followup'],
  advisor: ['access territory', 'contribute followup'],
};

/** Permissions that hold only in the object's territories (unless the subject sees them all). */
const TERRITORIAL: ReadonlySet<Permission> = new Set([
  'access territory',
  'manage parks',
  'read indicators',
  'close indicator reports',
  'read advisor activity',
  'decide followup',
  'delete followup',
  'contribute followup',
]);

/** The object's territories: a record of several belongs to each of them. */
const territoriesOf = (object: PermissionObject): string[] => [
  ...(object.territoryId !== undefined ? [object.territoryId] : []),
  ...(object.territoryIds ?? []),
];

/**
 * May `user` do `permission` (on `object`, when the permission is about a territory's records)?
 * A record of several territories (a follow-up spanning Dijon and Le Creusot) is open to a user
 * of any one of them. Without an object, only the role is asked (« may this person ever decide? »).
 */
export function can(user: Subject | undefined, permission: Permission, object?: PermissionObject): boolean {
  if (!user) return false;
  if (user.role === null) return true;
  if (!ROLE_PERMISSIONS[user.role].includes(permission)) return false;
  if (!object || !TERRITORIAL.has(permission) || ROLE_PERMISSIONS[user.role].includes('see every territory')) return true;
  return territoriesOf(object).some((t) => user.territoryIds.includes(t));
}

/** The territories a subject is limited to, or undefined when every one is open to them. */
export function territoryLimit(user: Subject): readonly string[] | undefined {
  return can(user, 'see every territory') ? undefined : user.territoryIds;
}

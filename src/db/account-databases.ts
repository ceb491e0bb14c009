// Which local database belongs to whom on a shared tablet. Each account signed in on this device
// gets an IndexedDB database of its own; nobody signed in uses the "anonymous" one. The first
// sign-in of an account takes over the anonymous database (what was typed before signing in is
// theirs) and a fresh, empty one becomes the anonymous database. Kept in localStorage because the
// app must know, synchronously and before opening anything, which database to open.

/** The database of the first releases: still the anonymous one on a device that never signed in. */
export const LEGACY_DATABASE = 'synergies-terrain';
const REGISTRY_KEY = 'st-databases';

export interface DatabaseRegistry {
  /** Database used while nobody is signed in. */
  anonymous: string;
  /** Account key (hash of the user id) → its database name. */
  accounts: Record<string, string>;
  /** Account whose database the app opens, null when nobody is signed in. */
  active: string | null;
}

const fallback: { registry?: DatabaseRegistry } = {};

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Short, stable key of a user id (FNV-1a, 2 × 32 bits): no user id written in database names. */
export function accountKey(userId: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ userId.length;
  for (let i = 0; i < userId.length; i++) {
    const c = userId.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(36) + b.toString(36);
}

function isRegistry(value: unknown): value is DatabaseRegistry {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.anonymous === 'string' &&
    typeof r.accounts === 'object' &&
    r.accounts !== null &&
    (r.active === null || typeof r.active === 'string')
  );
}

export function readRegistry(): DatabaseRegistry {
  const s = storage();
  if (!s) return fallback.registry ?? { anonymous: LEGACY_DATABASE, accounts: {}, active: null };
  try {
    const parsed: unknown = JSON.parse(s.getItem(REGISTRY_KEY) ?? 'null');
    if (isRegistry(parsed)) return parsed;
  } catch {
    // Unreadable: start again from the legacy layout (the databases themselves are untouched).
  }
  return { anonymous: LEGACY_DATABASE, accounts: {}, active: null };
}

function writeRegistry(next: DatabaseRegistry): void {
  const s = storage();
  if (!s) {
    fallback.registry = next;
    return;
  }
  s.setItem(REGISTRY_KEY, JSON.stringify(next));
}

const freshAnonymousName = () => `${LEGACY_DATABASE}-anonyme-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The database the app should open now, and whose it is (null: nobody signed in). */
export function activeDatabase(registry = readRegistry()): { name: string; owner: string | null } {
  const owner = registry.active;
  if (owner === null) return { name: registry.anonymous, owner: null };
  return { name: registry.accounts[owner] ?? registry.anonymous, owner };
}

/**
 * Makes `userId`'s database the active one, handing it the anonymous database on the account's
 * first sign-in on this device. Returns the name of the account's database.
 */
export function claimDatabase(userId: string): string {
  const registry = readRegistry();
  const key = accountKey(userId);
  let name = registry.accounts[key];
  let anonymous = registry.anonymous;
  if (name === undefined) {
    name = registry.anonymous;
    anonymous = freshAnonymousName();
  }
  writeRegistry({ anonymous, accounts: { ...registry.accounts, [key]: name }, active: key });
  return name;
}

/** Nobody is signed in any more: the anonymous database is the active one. */
export function leaveAccount(): void {
  const registry = readRegistry();
  if (registry.active !== null) writeRegistry({ ...registry, active: null });
}

/** True for the localStorage event another tab fires when it signs in or out. */
export const isRegistryChange = (key: string | null) => key === REGISTRY_KEY;

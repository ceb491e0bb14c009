// A change token of what the matcher reads (companies, flux, parks), per database: whatever is
// kept from an earlier computation (the synergies list shown at start, matching/start-cache.ts) is
// current only while the token has not moved. Kept in localStorage and moved synchronously *before*
// a write reaches IndexedDB (company-writes.ts), so a write that lands is always seen, by every tab
// of the app; a write that then fails only costs a needless refresh. Small: it is in the app shell.

/** Where the token of a database is kept (read by matching/start-cache.ts). */
export const dataRevisionKey = (database: string) => `synergies-terrain:data-revision:${database}`;

/** Moves the token (a new random value): called before each write to a matched table. */
export function bumpDataRevision(database: string): void {
  try {
    localStorage.setItem(dataRevisionKey(database), Math.random().toString(36));
  } catch {
    // Refused (storage full) or no localStorage: without a token nothing kept is ever current.
    try {
      localStorage.removeItem(dataRevisionKey(database));
    } catch {
      // No localStorage at all.
    }
  }
}

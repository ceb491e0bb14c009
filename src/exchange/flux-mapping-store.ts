// The column mapping of the last flux import, remembered on the device (idb-keyval) so the next
// file from the same spreadsheet is mapped the same way. A header key → field per column named.
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { FLUX_IMPORT_FIELDS, type RememberedMapping } from './flux-columns';

const KEY = 'flux-import-mapping';
let store: UseStore | undefined;
const current = () => (store ??= createStore('synergies-import', 'keyval'));

/** Tests use a store of their own. */
export function useMappingStore(next: UseStore): void {
  store = next;
}

export async function readRememberedMapping(): Promise<RememberedMapping> {
  try {
    const saved = await get<Record<string, string>>(KEY, current());
    if (!saved || typeof saved !== 'object') return {};
    // Only known fields: a mapping saved by another version may name one that is gone.
    return Object.fromEntries(
      Object.entries(saved).filter((e): e is [string, RememberedMapping[string]] => e[1] === 'ignore' || (FLUX_IMPORT_FIELDS as readonly string[]).includes(e[1])),
    );
  } catch {
    return {};
  }
}

/** Adds this file's mapping to what is remembered (other spreadsheets' headers stay). */
export async function rememberMapping(mapping: RememberedMapping): Promise<void> {
  try {
    await set(KEY, { ...(await readRememberedMapping()), ...mapping }, current());
  } catch {
    // Private browsing may refuse storage: the mapping is then chosen again next time.
  }
}

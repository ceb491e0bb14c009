// The column mapping and the reviewed resource words of flux imports, remembered on the device
// (idb-keyval) so the next file from the same spreadsheet is read the same way.
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { FLUX_IMPORT_FIELDS, type RememberedMapping } from './flux-columns';
import type { RememberedWords } from './flux-resource-map';

const KEY = 'flux-import-mapping';
let store: UseStore | undefined;
/** The device's store for import settings (this mapping, the last import to undo). */
export const importStore = () => (store ??= createStore('synergies-import', 'keyval'));
const current = importStore;

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
      Object.entries(saved).filter(
        (e): e is [string, RememberedMapping[string]] => e[1] === 'ignore' || (FLUX_IMPORT_FIELDS as readonly string[]).includes(e[1]),
      ),
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

const WORDS_KEY = 'flux-import-words';

export async function readRememberedWords(): Promise<RememberedWords> {
  try {
    const saved = await get<RememberedWords>(WORDS_KEY, current());
    return saved && typeof saved === 'object' ? saved : {};
  } catch {
    return {};
  }
}

export async function rememberWords(words: RememberedWords): Promise<void> {
  try {
    await set(WORDS_KEY, { ...(await readRememberedWords()), ...words }, current());
  } catch {
    // As for the mapping: chosen again next time.
  }
}

// What a query's `search` reads of a held synergy: its companies' names and its resources, accents
// and case aside (« fonderie creusot », « palettes »). Built on first search and kept with the entry.
import { findResource, searchKey } from '../domain';
import type { HeldEntry } from './sorted-columns';

/** The words to find, each required (empty: no search). */
export function searchWords(search: string | undefined): string[] {
  return search ? searchKey(search).split(' ').filter(Boolean) : [];
}

const resourceLabel = (code: string) => findResource(code)?.label ?? code;

/** Names and labels repeat across thousands of pairs: each is normalised once. */
const keys = new Map<string, string>();
function keyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    keys.set(text, (key = searchKey(text)));
  }
  return key;
}

/**
 * A record's sentence names its companies and resources (a large group's sentence may name only
 * some: its resource still matches); a full run's pair is read from its two flux.
 */
function textOf(h: HeldEntry): string {
  if (h.record) return searchKey(`${h.record.explanation} ${h.record.resourceCodes.map(resourceLabel).join(' ')}`);
  const { offer, need } = h;
  return `${keyOf(offer!.company.name)} ${keyOf(need!.company.name)} ${keyOf(offer!.resource.label)} ${keyOf(need!.resource.label)}`;
}

export function matchesWords(h: HeldEntry, words: readonly string[]): boolean {
  const text = (h.searchText ??= textOf(h));
  for (const w of words) if (!text.includes(w)) return false;
  return true;
}

/** The newest member flux id: ids are UUIDv7, so the newest proposal sorts first (« Récentes »). */
export function newestFluxId(fluxIds: readonly string[]): string {
  let newest = '';
  for (const id of fluxIds) if (id > newest) newest = id;
  return newest;
}

// Pure rules for business-park names: the key that makes « ZI Cap-Nord » and « zi cap nord » one
// park, and how a company's typed zone meets the territory's shared list (used by the device's
// migration of typed names and by the server when a park is merged or renamed).
import { searchKey } from './company';

/** Accent-, case- and punctuation-insensitive key of a park name ('' when nothing is left). */
export const parkNameKey = (name: string): string => searchKey(name);

/** The key matching groups companies by: territory + park name key; '' without a park. */
export function parkKey(territoryId: string, zone: string): string {
  const key = parkNameKey(zone);
  return key === '' ? '' : `${territoryId}\u0000${key}`;
}

/**
 * The id of a zone proposed from a typed name: the same on every device for the same territory
 * and name (accents and case ignored), so two tablets proposing « ZI des Grèves » offline propose
 * one park, and their companies point to the same id instead of conflicting.
 */
export function proposalIdOf(territoryId: string, name: string): string {
  const text = `${territoryId}\u0000${parkNameKey(name)}`;
  // Two 53-bit string hashes (cyrb53) with different seeds: ~106 bits, no crypto needed.
  const hash = (seed: number): string => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  };
  return `zone-${hash(1)}${hash(2)}`;
}

/** No control character (NUL cannot even be stored) and no lone surrogate: a name a person typed. */
export const isPlainText = (text: string): boolean =>
  !/[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

/** What the rules need of a park. */
export interface ParkRef {
  id: string;
  territoryId: string;
  name: string;
  nameKey: string;
  mergedInto?: string;
}

/** What the rules need of a company. */
export interface CompanyParkFields {
  territoryId: string;
  zone: string;
  parkId?: string;
}

/**
 * Whether a company belongs to `park` as the server sees it: by its park id, or, for a company
 * recorded before parks were shared (no id), by its typed name.
 */
export function usesPark(company: CompanyParkFields, park: ParkRef): boolean {
  if (company.territoryId !== park.territoryId) return false;
  if (company.parkId) return company.parkId === park.id;
  return parkNameKey(company.zone) === park.nameKey;
}

export type ParkResolution =
  | { kind: 'keep' }
  | { kind: 'set'; parkId: string; zone: string }
  /** No park of the territory has this name: it becomes a proposal. */
  | { kind: 'propose'; name: string };

/** The parks of a device or a territory, looked up by id and by name; grows as proposals are made. */
export class ParkIndex {
  private readonly byId = new Map<string, ParkRef>();
  private readonly byName = new Map<string, ParkRef>();

  constructor(parks: Iterable<ParkRef>) {
    for (const p of parks) this.add(p);
  }

  add(park: ParkRef): void {
    this.byId.set(park.id, park);
    const key = `${park.territoryId}\u0000${park.nameKey}`;
    const known = this.byName.get(key);
    // A live park wins over a merged one of the same name.
    if (!known || (known.mergedInto && !park.mergedInto)) this.byName.set(key, park);
  }

  get(id: string): ParkRef | undefined {
    return this.byId.get(id);
  }

  /** The park a merged one now lives in (its own self when live); stops on a loop. */
  live(id: string): ParkRef | undefined {
    let park = this.byId.get(id);
    const seen = new Set<string>();
    while (park?.mergedInto && !seen.has(park.id)) {
      seen.add(park.id);
      const next = this.byId.get(park.mergedInto);
      if (!next) return park;
      park = next;
    }
    return park;
  }

  /** The live park of a territory with this name (accents and case ignored). */
  findByName(territoryId: string, name: string): ParkRef | undefined {
    const found = this.byName.get(`${territoryId}\u0000${parkNameKey(name)}`);
    return found && this.live(found.id);
  }
}

/**
 * What a company's park fields should become given the shared list. A known park id wins (its
 * current name is written back, merges are followed); an unknown id is kept (a park this device
 * has not received yet); a company without an id is matched by name, or proposes its name.
 */
export function resolveCompanyPark(company: CompanyParkFields, index: ParkIndex): ParkResolution {
  const same = (parkId: string, zone: string): ParkResolution =>
    parkId === (company.parkId ?? '') && zone === company.zone ? { kind: 'keep' } : { kind: 'set', parkId, zone };
  if (company.parkId) {
    const park = index.live(company.parkId);
    if (!park) return { kind: 'keep' };
    if (park.territoryId === company.territoryId) return same(park.id, park.name);
    // The company moved to another territory: its old park no longer applies, its name may.
  }
  if (parkNameKey(company.zone) === '') return same('', company.zone);
  const match = index.findByName(company.territoryId, company.zone);
  if (match) return same(match.id, match.name);
  return { kind: 'propose', name: company.zone.trim() };
}

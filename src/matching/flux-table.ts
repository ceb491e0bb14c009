// The matched flux as struct-of-arrays (typed columns indexed by a flux number), so the hot search
// loops read numbers instead of chasing objects and strings.
import { UNITS } from '../domain';
import { PairVerdicts } from './pair-verdicts';
import type { Projection } from './projection';
import type { PreparedFlux } from './prepare';

const DIMENSIONS = new Map<string, number>();
for (const def of Object.values(UNITS)) if (!DIMENSIONS.has(def.dimension)) DIMENSIONS.set(def.dimension, DIMENSIONS.size);

/** Interns strings as small integers (resource codes, company ids, business parks). */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
  peek(name: string): number | undefined {
    return this.ids.get(name);
  }
}

/**
 * Flux numbers are never reused: a removed flux keeps its row (and its PreparedFlux) so that an
 * update can still name the synergies it had.
 */
export class FluxTable {
  count = 0;
  private capacity = 0;
  /** Planar km (see projection.ts), for the grid and lower bounds only. */
  x = new Float64Array(0);
  y = new Float64Array(0);
  /** Same values as the company's Place, for the exact haversine distance. */
  latRad = new Float64Array(0);
  lonRad = new Float64Array(0);
  cosLat = new Float64Array(0);
  located = new Uint8Array(0);
  /** Business park id, -1 when none. */
  zone = new Int32Array(0);
  company = new Int32Array(0);
  resource = new Int32Array(0);
  offer = new Uint8Array(0);
  reach = new Float64Array(0);
  /** Yearly quantity in base units, NaN when unknown. */
  yearly = new Float64Array(0);
  dimension = new Int32Array(0);
  months = new Int32Array(0);
  occasional = new Uint8Array(0);
  /**
   * Hazardous-waste rule as one flag: an offer of hazardous waste, or a need that does not accept
   * it. A pair where both are flagged is never matched.
   */
  restricted = new Uint8Array(0);
  /**
   * Pair rules' profile (flux-profile.ts) as a slot of `verdicts`: interned profiles even; a row no
   * rule reads gets its resource's odd slot (its verdict depends on its entry only).
   */
  slot = new Int32Array(0);
  /** No rule reads the row: two such rows pair on their entries alone. */
  plain = new Uint8Array(0);
  alive = new Uint8Array(0);
  /** Resource part of the score per pair of slots, or never (pair-verdicts.ts). */
  readonly verdicts = new PairVerdicts();
  readonly profiles = new Interner();
  readonly prepared: PreparedFlux[] = [];
  readonly resources = new Interner();
  readonly companies = new Interner();
  readonly zones = new Interner();

  constructor(public projection: Projection) {}

  private grow(min: number): void {
    const cap = Math.max(1024, min, this.capacity * 2);
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const u8 = (a: Uint8Array) => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    this.x = f64(this.x);
    this.y = f64(this.y);
    this.latRad = f64(this.latRad);
    this.lonRad = f64(this.lonRad);
    this.cosLat = f64(this.cosLat);
    this.reach = f64(this.reach);
    this.yearly = f64(this.yearly);
    this.located = u8(this.located);
    this.offer = u8(this.offer);
    this.occasional = u8(this.occasional);
    this.restricted = u8(this.restricted);
    this.alive = u8(this.alive);
    this.plain = u8(this.plain);
    this.zone = i32(this.zone);
    this.company = i32(this.company);
    this.resource = i32(this.resource);
    this.dimension = i32(this.dimension);
    this.months = i32(this.months);
    this.slot = i32(this.slot);
    this.capacity = cap;
  }

  add(f: PreparedFlux): number {
    const i = this.count++;
    if (i >= this.capacity) this.grow(i + 1);
    const c = f.company;
    this.prepared[i] = f;
    this.located[i] = c.located ? 1 : 0;
    this.latRad[i] = c.latRad;
    this.lonRad[i] = c.lonRad;
    this.cosLat[i] = c.cosLat;
    this.x[i] = c.located ? this.projection.x(c.lonRad) : 0;
    this.y[i] = c.located ? this.projection.y(c.latRad) : 0;
    this.zone[i] = c.zoneKey === '' ? -1 : this.zones.id(c.zoneKey);
    this.company[i] = this.companies.id(c.id);
    this.resource[i] = this.resources.id(f.resource.code);
    this.offer[i] = f.direction === 'offer' ? 1 : 0;
    this.reach[i] = f.reachKm;
    this.yearly[i] = f.yearly ?? NaN;
    this.dimension[i] = f.dimension === undefined ? -1 : DIMENSIONS.get(f.dimension)!;
    this.months[i] = f.months;
    this.occasional[i] = f.occasional ? 1 : 0;
    this.restricted[i] = (f.direction === 'offer' ? f.hazardous : !f.acceptsHazardous) ? 1 : 0;
    const key = f.profile.key;
    this.plain[i] = key === '' ? 1 : 0;
    this.slot[i] = key === '' ? this.resource[i]! * 2 + 1 : this.profiles.id(key) * 2;
    this.verdicts.register(this.slot[i]!, f);
    this.alive[i] = 1;
    return i;
  }

  /**
   * Resource part of offer row o with need row n (-1: the pair rules forbid it), `plain` when
   * neither row has a profile (the same entry or a declared compatibility: 100 or 70).
   */
  pairPart(o: number, n: number, plain: number): number {
    if (this.plain[o] === 1 && this.plain[n] === 1) return plain;
    return this.verdicts.part(this.slot[o]!, this.slot[n]!);
  }

  id(i: number): string {
    return this.prepared[i]!.id;
  }
}

/** Interleaves the bits of two 16-bit integers (Z-order), so near places get near keys. */
function morton(x: number, y: number): number {
  let key = 0;
  for (let b = 15; b >= 0; b--) key = key * 4 + ((y >> b) & 1) * 2 + ((x >> b) & 1);
  return key;
}

/**
 * The order rows should get: by resource and direction, then along a Z-curve of 1 km squares.
 * Rows a search reads together then sit together in memory; the search is bound by memory reads.
 */
export function localityOrder(flux: readonly PreparedFlux[], projection: Projection): PreparedFlux[] {
  const bucket = new Interner();
  const keys = flux.map((f) => {
    const c = f.company;
    const x = c.located ? Math.max(0, Math.min(65535, Math.floor(projection.x(c.lonRad) + 32768))) : 0;
    const y = c.located ? Math.max(0, Math.min(65535, Math.floor(projection.y(c.latRad) + 32768))) : 0;
    return { f, b: bucket.id(`${f.direction}|${f.resource.code}`), m: morton(x, y) };
  });
  keys.sort((a, b) => a.b - b.b || a.m - b.m);
  return keys.map((k) => k.f);
}

// Turns companies and flux into the compact form the matcher compares: reach, yearly quantity in
// a base unit, months of availability, coordinates in radians. Shared by engine and reference.
import {
  UNITS,
  convert,
  findResource,
  parkKey as sharedParkKey,
  perYear,
  selfConsumptionKm,
  type CommuneSetting,
  type Dimension,
  type ResourceType,
  type UnitCode,
} from '../domain';
import type { Place } from './geo';
import { fluxProfile, matchedEntry, type FluxProfile } from './flux-profile';
import type { MatchCompany, MatchFlux } from './types';

export interface PreparedCompany extends Place {
  name: string;
  territoryId: string;
  zone: string;
  setting: CommuneSetting | undefined;
  /** Located only by its park's or its territory's centre: its distances are not printed. */
  placedBy: 'park' | 'territory' | undefined;
}

export interface PreparedFlux {
  id: string;
  company: PreparedCompany;
  resource: ResourceType;
  direction: 'need' | 'offer';
  /** The flux's own reach, else its resource's default. */
  reachKm: number;
  /** Quantity per year in the base unit of its dimension (kg, m³, kWh…), if known. */
  yearly: number | undefined;
  dimension: Dimension | undefined;
  /** Months available (bit 0 = January). */
  months: number;
  occasional: boolean;
  /** An offer of hazardous waste: it only goes to a need that accepts it. */
  hazardous: boolean;
  /** A need that explicitly accepts hazardous waste (the company is authorised to take it). */
  acceptsHazardous: boolean;
  /** What the pair rules read: grade, accepted grades, temperature, pressure, label words. */
  profile: FluxProfile;
  /** A recycler's own output (its company accepts the same resource as input): offered, never pooled. */
  ownOutput: boolean;
  /** The quantity was put in mass through the entry's density (litres and tonnes of oil). */
  converted: boolean;
  source: MatchFlux;
}

const ALL_MONTHS = 0xfff;

const BASE_UNIT = new Map<Dimension, UnitCode>();
for (const [code, def] of Object.entries(UNITS) as [UnitCode, (typeof UNITS)[UnitCode]][]) {
  if (def.factor === 1 && !BASE_UNIT.has(def.dimension)) BASE_UNIT.set(def.dimension, code);
}

/**
 * The business park a company belongs to, as one key (empty: none). The one place matching derives
 * it: the shared park name key (accents, case and punctuation aside) within its territory.
 */
export function parkKey(c: Pick<MatchCompany, 'territoryId' | 'zone'>): string {
  return sharedParkKey(c.territoryId, c.zone);
}

export function prepareCompany(c: MatchCompany): PreparedCompany {
  const located = c.location !== undefined;
  const latRad = located ? (c.location!.lat * Math.PI) / 180 : 0;
  return {
    id: c.id,
    name: c.name,
    territoryId: c.territoryId,
    zone: c.zone,
    setting: c.setting,
    placedBy: c.placedBy,
    located,
    latRad,
    lonRad: located ? (c.location!.lon * Math.PI) / 180 : 0,
    cosLat: Math.cos(latRad),
    zoneKey: parkKey(c),
  };
}

function monthsOf(a: MatchFlux['availability']): number {
  if (a.kind === 'seasonal' && a.months.length > 0) return a.months.reduce((m, month) => m | (1 << (month - 1)), 0);
  if (a.kind === 'dates' && a.from && a.to) {
    const from = Number(a.from.slice(0, 4)) * 12 + Number(a.from.slice(5, 7)) - 1;
    const to = Number(a.to.slice(0, 4)) * 12 + Number(a.to.slice(5, 7)) - 1;
    if (to - from >= 11) return ALL_MONTHS;
    let mask = 0;
    for (let m = from; m <= to; m++) mask |= 1 << (m % 12);
    return mask;
  }
  return ALL_MONTHS;
}

/**
 * Yearly quantity in base units. A volume of an entry with a density (oils, whey) is put in mass,
 * so litres and tonnes compare; without one they stay apart (the sentence says so).
 */
function yearlyOf(f: MatchFlux, r: ResourceType): { yearly: number | undefined; dimension: Dimension | undefined; converted: boolean } {
  if (f.quantity === undefined || f.unit === undefined) return { yearly: undefined, dimension: undefined, converted: false };
  const dimension = UNITS[f.unit].dimension;
  const base = convert(f.quantity, f.unit, BASE_UNIT.get(dimension)!);
  if (dimension === 'volume' && r.density !== undefined) {
    // m³ × t/m³ = t = 1000 kg.
    return { yearly: perYear(base * r.density * 1000, f.period ?? 'year'), dimension: 'mass', converted: true };
  }
  return { yearly: perYear(base, f.period ?? 'year'), dimension, converted: false };
}

/** Null when the flux cannot take part in matching (deleted, unknown resource, nowhere to place). */
export function prepareFlux(f: MatchFlux, company: PreparedCompany | undefined): PreparedFlux | null {
  if (f.deleted || !company) return null;
  if (!company.located && company.zoneKey === '') return null;
  const recorded = findResource(f.resourceCode);
  if (!recorded) return null;
  const resource = matchedEntry(f, recorded);
  const profile = fluxProfile(f, resource);
  const { yearly, dimension, converted } = yearlyOf(f, resource);
  return {
    id: f.id,
    company,
    resource,
    direction: f.direction,
    // Collective self-consumption reaches 2, 10 or 20 km by the commune's kind (regulation/self-consumption.ts).
    reachKm: f.maxDistanceKm ?? (resource.selfConsumption ? selfConsumptionKm(company.setting) : resource.maxDistanceKm),
    yearly,
    dimension,
    months: monthsOf(f.availability),
    occasional: f.availability.kind === 'occasional',
    // Hazardous or of unknown code: only to a need that accepts hazardous waste.
    hazardous: f.direction === 'offer' && profile.hazard !== 'non-hazardous',
    acceptsHazardous: f.direction === 'need' && f.acceptsHazardous === true,
    profile,
    ownOutput: false,
    converted,
    source: f,
  };
}

/**
 * Marks a recycler's own output: an offer of a resource its company also accepts as input (a scrap
 * dealer sells sorted scrap it bought): it is offered, never pooled in a round with its suppliers.
 */
export function markOwnOutputs(flux: readonly PreparedFlux[]): void {
  // Only collection rounds read it: the needs of collected resources, by company.
  const inputs = new Map<string, Set<string>>();
  for (const f of flux) {
    if (f.direction !== 'need' || f.resource.mutualisation !== 'shared-collection') continue;
    const codes = inputs.get(f.company.id);
    if (codes) codes.add(f.resource.code);
    else inputs.set(f.company.id, new Set([f.resource.code]));
  }
  if (inputs.size === 0) return;
  for (const f of flux) {
    if (f.direction === 'offer' && f.resource.mutualisation === 'shared-collection') {
      f.ownOutput = inputs.get(f.company.id)?.has(f.resource.code) ?? false;
    }
  }
}

/** Live companies by id, and the flux that can be matched, sorted by id. */
export function prepareAll(companies: readonly MatchCompany[], flux: readonly MatchFlux[]) {
  const byId = new Map<string, PreparedCompany>();
  for (const c of companies) if (!c.deleted) byId.set(c.id, prepareCompany(c));
  const prepared: PreparedFlux[] = [];
  for (const f of flux) {
    const p = prepareFlux(f, byId.get(f.companyId));
    if (p) prepared.push(p);
  }
  markOwnOutputs(prepared);
  prepared.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { companies: byId, flux: prepared };
}

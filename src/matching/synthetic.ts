// A seeded synthetic region for tests and the benchmark: companies clustered in business parks,
// resources drawn with the frequencies real EIT programmes report (cardboard, pallets, SST
// training, group purchase of electricity, WEEE, carpooling first; waste heat and steam rare).
import { TAXONOMY, type Company, type Flux, type ResourceType } from '../domain';

export interface RegionOptions {
  seed: number;
  fluxCount: number;
  /** Side of the square region, km. */
  sizeKm?: number;
  /** Share of companies without coordinates (placed by their business park only). */
  unlocatedShare?: number;
  /** Companies per business park, on average. */
  companiesPerPark?: number;
}

export interface Region {
  companies: Company[];
  flux: Flux[];
}

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FREQUENT: Record<string, number> = {
  'mat.cardboard': 10,
  'mat.wood-pallets': 8,
  'comp.training-sst': 7,
  'nrj.electricity': 7,
  'mat.weee': 5,
  'comp.carpooling': 5,
  'mat.plastic-film': 4,
  'mat.scrap-metal': 4,
  'mat.paper': 3,
  'comp.training-electrical': 3,
  'comp.training-fire': 3,
  'nrj.natural-gas': 3,
  'mat.plastic-rigid': 2,
  'mat.biowaste': 2,
  'mat.used-oil': 2,
  'log.forklift': 2,
  'log.storage': 2,
  'comp.recruitment': 2,
  'comp.training-caces': 2,
  'log.shared-delivery': 2,
  'log.skips': 1.5,
  'mat.wood-offcuts': 1.5,
  'nrj.space-heating': 1.5,
  'nrj.biomass': 1,
  'nrj.process-heat': 1,
  'nrj.waste-heat': 0.6,
  'nrj.steam': 0.3,
};
const RARE_WEIGHT = 0.25;

const WEIGHTED: [ResourceType, number][] = TAXONOMY.filter((r) => !r.isOther).map((r) => [r, FREQUENT[r.code] ?? RARE_WEIGHT]);
const TOTAL_WEIGHT = WEIGHTED.reduce((s, [, w]) => s + w, 0);
const TRADES = [
  'Cartonnages',
  'Menuiserie',
  'Fonderie',
  'Plasturgie',
  'Imprimerie',
  'Transports',
  'Laiterie',
  'Mécanique',
  'Scierie',
  'Chaudronnerie',
];
const SYLLABLES = ['bel', 'mar', 'vin', 'lor', 'du', 'san', 'ti', 'ro', 'che', 'nou'];

// Mid-Burgundy: where the first programmes ran.
const ORIGIN = { lat: 46.6, lon: 4.0 };
const KM_PER_DEG_LAT = 111.195;

export function syntheticRegion(options: RegionOptions): Region {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sizeKm = options.sizeKm ?? 150;
  const perPark = options.companiesPerPark ?? 25;
  const companyCount = Math.max(2, Math.round(options.fluxCount / 10));
  const kmPerDegLon = KM_PER_DEG_LAT * Math.cos((ORIGIN.lat * Math.PI) / 180);
  const territories = 3;
  const parks = Array.from({ length: Math.max(1, Math.round(companyCount / perPark)) }, (_, i) => ({
    x: random() * sizeKm,
    y: random() * sizeKm,
    name: `ZA ${i + 1}`,
  }));

  const companies: Company[] = [];
  for (let i = 0; i < companyCount; i++) {
    const inPark = random() < 0.85;
    const park = pick(parks);
    // Companies of a park sit within a couple of km of its centre.
    const x = inPark ? park.x + (random() - 0.5) * 3 : random() * sizeKm;
    const y = inPark ? park.y + (random() - 0.5) * 3 : random() * sizeKm;
    const tile = Math.min(territories - 1, Math.max(0, Math.floor((x / sizeKm) * territories)));
    const tileY = Math.min(territories - 1, Math.max(0, Math.floor((y / sizeKm) * territories)));
    const located = random() >= (options.unlocatedShare ?? 0);
    const name = `${pick(TRADES)} ${pick(SYLLABLES)}${pick(SYLLABLES)} ${i + 1}`;
    companies.push({
      id: `c-${String(i + 1).padStart(6, '0')}`,
      name,
      siret: '',
      naf: '',
      address: '',
      location: located ? { lat: ORIGIN.lat + y / KM_PER_DEG_LAT, lon: ORIGIN.lon + x / kmPerDegLon } : undefined,
      territoryId: `terr-${tileY * territories + tile + 1}`,
      zone: inPark ? park.name : located ? '' : pick(parks).name,
      contact: { name: '', role: '', email: '', phone: '' },
      consent: true,
      notes: '',
      createdAt: 0,
      updatedAt: 0,
      rev: 0,
      deleted: false,
    });
  }

  const drawResource = (): ResourceType => {
    let r = random() * TOTAL_WEIGHT;
    for (const [resource, w] of WEIGHTED) if ((r -= w) < 0) return resource;
    return WEIGHTED[0]![0];
  };

  const flux: Flux[] = [];
  for (let i = 0; i < options.fluxCount; i++) {
    const company = companies[Math.floor(random() * companies.length)]!;
    flux.push(syntheticFlux(`f-${String(i + 1).padStart(7, '0')}`, company.id, drawResource(), random));
  }
  return { companies, flux };
}

/** One flux of a resource, with realistic direction, quantity, availability and reach. */
export function syntheticFlux(id: string, companyId: string, resource: ResourceType, random: () => number): Flux {
  const wasteLike = resource.wasteCode !== undefined;
  const direction = resource.directions.length === 1 ? resource.directions[0]! : random() < (wasteLike ? 0.8 : 0.5) ? 'offer' : 'need';
  const hasQuantity = random() < 0.7;
  const seasonal = random() < 0.1;
  const occasional = !seasonal && random() < 0.05;
  const months = seasonal ? [...new Set(Array.from({ length: 4 }, () => 1 + Math.floor(random() * 12)))].sort((a, b) => a - b) : [];
  return {
    id,
    companyId,
    family: resource.family,
    resourceCode: resource.code,
    direction,
    label: '',
    quantity: hasQuantity ? Math.round(Math.exp(random() * 6)) : undefined,
    unit: hasQuantity ? resource.defaultUnit : undefined,
    period: hasQuantity ? (random() < 0.8 ? 'year' : 'month') : undefined,
    availability: { kind: seasonal ? 'seasonal' : occasional ? 'occasional' : 'continuous', months },
    description: '',
    currentHandling: '',
    maxDistanceKm: random() < 0.05 ? 1 + Math.round(random() * 99) : undefined,
    confidential: random() < 0.05,
    createdAt: 0,
    updatedAt: 0,
    rev: 0,
    deleted: false,
  };
}

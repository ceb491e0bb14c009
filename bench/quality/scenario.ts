// The shape of a labelled territory for the quality benchmark: companies placed by km offsets,
// flux as an advisor would record them, and the practitioner's truth about each flux (what it
// really is, or what the company really takes), which the rule file (rules.ts) judges by.
import { FluxSchema, type CommuneSetting, type Company, type Flux, type FluxInput } from '../../src/domain';
import type { MatchFlux } from '../../src/matching/types';

/** What an offered flux really is (rules.ts knows what each substance can serve as). */
export interface OfferTruth {
  is: string;
  /** Temperature of heat or cold offered, pressure of steam. */
  tempC?: number;
  bar?: number;
  /** A recycler's own output: never in a collection round with its suppliers. */
  recyclerOutput?: boolean;
}

/** What a need really takes: uses (« ferrous-scrap:cast-iron », « feed », « training:caces »; « x:* » any grade of x). */
export interface NeedTruth {
  takes: string[];
  authorisedHazardous?: boolean;
  foodContact?: boolean;
  minTempC?: number;
  minBar?: number;
}

export type Truth = OfferTruth | NeedTruth;

export interface ScenarioFlux {
  flux: MatchFlux;
  truth: Truth;
}

export interface Scenario {
  name: string;
  kind: string;
  setting: CommuneSetting;
  companies: Company[];
  flux: ScenarioFlux[];
  /** Offer → need pairs a practitioner expects to see proposed. */
  expectedPairs: [string, string][];
  /** Flux that must all end up in some mutualisation group (no company left alone). */
  expectedGroups: string[][];
  /** Pairs that must never be proposed (by substitution, or together in a group). */
  forbidden: [string, string][];
}

const KM_PER_DEG_LAT = 111.195;

/** A scenario builder anchored at a point, for one territory. */
export function territory(territoryId: string, origin: { lat: number; lon: number }, setting: CommuneSetting) {
  const kmPerDegLon = KM_PER_DEG_LAT * Math.cos((origin.lat * Math.PI) / 180);
  const companies: Company[] = [];
  const flux: ScenarioFlux[] = [];
  const company = (id: string, name: string, eastKm: number, northKm: number, zone = ''): void => {
    companies.push({
      id,
      name,
      siret: '',
      naf: '',
      address: '',
      location: { lat: origin.lat + northKm / KM_PER_DEG_LAT, lon: origin.lon + eastKm / kmPerDegLon },
      territoryId,
      zone,
      setting,
      contact: { name: '', role: '', email: '', phone: '' },
      consent: true,
      notes: '',
      createdAt: 0,
      updatedAt: 0,
      rev: 0,
      deleted: false,
    });
  };
  const add = (
    id: string,
    companyId: string,
    resourceCode: string,
    direction: 'need' | 'offer',
    truth: Truth,
    extra: Partial<FluxInput> & { wasteCode?: string } = {},
  ): void => {
    const { wasteCode, ...rest } = extra;
    const family = ({ nrj: 'energy', eau: 'water', mat: 'materials', log: 'logistics', comp: 'skills' } as const)[
      resourceCode.split('.')[0] as 'nrj'
    ];
    const parsed: Flux = FluxSchema.parse({ id, companyId, resourceCode, family, direction, createdAt: 0, updatedAt: 0, ...rest });
    flux.push({ flux: wasteCode ? { ...parsed, wasteCode } : parsed, truth });
  };
  return {
    companies,
    flux,
    company,
    offer: (id: string, companyId: string, code: string, truth: OfferTruth, extra?: Partial<FluxInput> & { wasteCode?: string }) =>
      add(id, companyId, code, 'offer', truth, extra),
    need: (id: string, companyId: string, code: string, truth: NeedTruth, extra?: Partial<FluxInput> & { wasteCode?: string }) =>
      add(id, companyId, code, 'need', truth, extra),
  };
}

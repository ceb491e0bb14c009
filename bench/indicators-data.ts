// The synthetic programme of `npm run bench:indicators`: 5,000 companies, 20,000 flux, 10,000
// visits, 2,000 leads with their histories and 100 workshops, over 2025, in the five territories.
import {
  CompanySchema,
  FluxSchema,
  FollowupSchema,
  VisitSchema,
  DEFAULT_TERRITORIES,
  type Company,
  type Flux,
  type Followup,
  type Visit,
} from '../src/domain';
import { WorkshopSchema, type Workshop } from '../src/domain/workshop';

export const SIZE = { companies: 5000, flux: 20000, visits: 10000, leads: 2000 };
export const T = DEFAULT_TERRITORIES.map((t) => t.id);
const at = (day: number) => Date.UTC(2025, 0, 1) + day * 86_400_000 + 43_200_000;
const meta = (id: string, created: number) => ({ id, createdAt: created, updatedAt: created, rev: 0, deleted: false });
const CODES = ['mat.cardboard', 'mat.wood-offcuts', 'nrj.waste-heat', 'mat.wood-raw', 'log.forklift'];
const FAMILY = { mat: 'materials', nrj: 'energy', log: 'logistics' } as const;

export const companies: Company[] = Array.from({ length: SIZE.companies }, (_, i) =>
  CompanySchema.parse({ ...meta(`c${i}`, at(i % 365)), name: `Entreprise ${i}`, territoryId: T[i % T.length], consent: i % 3 === 0 }),
);
export const flux: Flux[] = Array.from({ length: SIZE.flux }, (_, i) => {
  const code = CODES[i % CODES.length]!;
  return FluxSchema.parse({
    ...meta(`f${i}`, at(i % 365)),
    companyId: `c${i % SIZE.companies}`,
    resourceCode: code,
    family: FAMILY[code.split('.')[0] as keyof typeof FAMILY],
    direction: i % 2 ? 'offer' : 'need',
  });
});
export const visits: Visit[] = Array.from({ length: SIZE.visits }, (_, i) =>
  VisitSchema.parse({
    ...meta(`v${i}`, at(i % 365)),
    companyId: `c${i % SIZE.companies}`,
    date: new Date(at(i % 365)).toISOString().slice(0, 10),
  }),
);
const STEPS = ['proposed', 'retained', 'connected', 'studying', 'implemented'] as const;
export const leads: Followup[] = Array.from({ length: SIZE.leads }, (_, i) => {
  const day = i % 300;
  const n = 1 + (i % STEPS.length);
  const history = STEPS.slice(0, n).map((to, k) => ({
    id: `L${i}-h${k}`,
    at: at(day + k * 10),
    by: 'u',
    from: k === 0 ? null : STEPS[k - 1]!,
    to,
  }));
  const t = T[i % T.length]!;
  return FollowupSchema.parse({
    ...meta(`L${i}`, at(day)),
    synergyId: `sub:L${i}`,
    territoryIds: [t],
    status: STEPS[n - 1],
    history,
    snapshot: {
      kind: 'substitution',
      family: 'materials',
      resourceCodes: ['mat.cardboard'],
      companies: [{ id: `c${i}`, name: 'E', territoryId: t }],
    },
    expectedGains: { tonnesDiverted: i % 7 },
    realisedGains: { tonnesDiverted: i % 5 },
  });
});

/** Workshops held (or only prepared, one in four) with five participants each, whatever their territory. */
export const workshops: Workshop[] = Array.from({ length: 100 }, (_, i) =>
  WorkshopSchema.parse({
    ...meta(`w${i}`, at((i * 3) % 365)),
    title: `Atelier ${i}`,
    date: new Date(at((i * 3) % 365)).toISOString().slice(0, 10),
    territoryId: T[i % T.length],
    companyIds: Array.from({ length: 5 }, (_, k) => `c${(i * 37 + k * 11) % SIZE.companies}`),
    state: i % 4 === 0 ? 'prepared' : 'closed',
  }),
);

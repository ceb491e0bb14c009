// The one contract between the page and the matching worker: every request and response as a zod
// schema, imported by both sides. The worker validates what it receives; the bridge what it gets back.
// A full run is answered with its counts (`matched`); the worker then holds the synergies and the
// pages ask for what they show: `query` (one page of results, filtered and sorted, with counts),
// `get` (one synergy), `by-company`, and for the « Carte » `map-lines` (its lean lines) and
// `balances` (its colours, read from the base). Nothing derived is stored in IndexedDB.
import { z } from 'zod';
import { CompanySchema, FamilySchema, FluxSchema, SynergyKindSchema, SynergySchema } from '../domain';
import { columnsConsistent, CompanyBalancesSchema, MapLineColumnsSchema } from '../domain/map/map-lines';
import type { SynergyCounts, SynergyPage, SynergyQuery } from './held-synergies';
import type { MatchCompany, MatchFlux } from './types';

export const MatchCompanySchema = CompanySchema.pick({
  id: true,
  name: true,
  territoryId: true,
  zone: true,
  location: true,
  setting: true,
  deleted: true,
}).extend({ placedBy: z.enum(['park', 'territory']).optional() }) satisfies z.ZodType<MatchCompany>;

// FluxSchema carries a refinement, so zod refuses .pick(): reuse its field schemas instead.
const F = FluxSchema.shape;
export const MatchFluxSchema = z.object({
  id: F.id,
  companyId: F.companyId,
  family: F.family,
  resourceCode: F.resourceCode,
  direction: F.direction,
  label: F.label,
  quantity: F.quantity,
  unit: F.unit,
  period: F.period,
  availability: F.availability,
  maxDistanceKm: F.maxDistanceKm,
  confidential: F.confidential,
  recoveryOperation: F.recoveryOperation,
  acceptsHazardous: F.acceptsHazardous,
  wasteCode: F.wasteCode,
  description: F.description.optional(),
  grade: F.grade,
  acceptedGrades: F.acceptedGrades,
  temperatureC: F.temperatureC,
  pressureBar: F.pressureBar,
  deleted: F.deleted,
}) satisfies z.ZodType<MatchFlux>;

const RequestId = z.number({ error: 'Identifiant de requête manquant' }).int().nonnegative();

/** A full run, on the data given, or read by the worker from the app's IndexedDB `database`. */
export const MatchAllRequestSchema = z
  .object({
    id: RequestId,
    type: z.literal('match-all'),
    database: z.string().min(1).optional(),
    companies: z.array(MatchCompanySchema).optional(),
    flux: z.array(MatchFluxSchema).optional(),
    topN: z.number().int().min(1).max(100).optional(),
    now: z.number().int().nonnegative(),
  })
  .refine((r) => (r.database === undefined) === (r.companies !== undefined && r.flux !== undefined), {
    error: 'Données à apparier manquantes : une base, ou des entreprises et des flux',
  });

export const UpdateCompanyRequestSchema = z.object({
  id: RequestId,
  type: z.literal('update-company'),
  companyId: z.string().min(1),
  /** Null when the company was deleted or is unknown. */
  company: MatchCompanySchema.nullable(),
  flux: z.array(MatchFluxSchema),
  now: z.number().int().nonnegative(),
});

/** Longest page a query may ask for (a company's list asks for all of its synergies). */
export const MAX_QUERY_LIMIT = 10_000;
const Ids = z.array(z.string().min(1)).max(1_000_000).readonly();

export const SynergyQuerySchema = z.object({
  kind: SynergyKindSchema.optional(),
  family: FamilySchema.optional(),
  territoryIds: Ids.optional(),
  minScore: z.number({ error: 'Score minimum invalide' }).min(0).max(100).optional(),
  maxDistanceKm: z.number({ error: 'Distance maximale invalide' }).nonnegative().optional(),
  companyId: z.string().min(1).optional(),
  amongCompanyIds: Ids.optional(),
  ids: Ids.optional(),
  excludeIds: Ids.optional(),
  search: z.string().max(200, 'Recherche trop longue (200 caractères au plus)').optional(),
  sort: z.enum(['score', 'distance', 'recent', 'stake'], { error: 'Tri inconnu (attendu : score, distance, recent ou stake)' }).optional(),
  offset: z.number({ error: 'Position de page invalide' }).int().nonnegative().optional(),
  limit: z.number({ error: 'Taille de page invalide' }).int().min(0).max(MAX_QUERY_LIMIT).optional(),
}) satisfies z.ZodType<SynergyQuery>;

export const QueryRequestSchema = z.object({ id: RequestId, type: z.literal('query'), query: SynergyQuerySchema });
export const GetRequestSchema = z.object({ id: RequestId, type: z.literal('get'), synergyId: z.string().min(1) });
export const ByCompanyRequestSchema = z.object({ id: RequestId, type: z.literal('by-company'), companyId: z.string().min(1) });
/** Lines the « Carte » draws at most in one answer. */
export const MAX_MAP_LINES = 50_000;
/** The map's lines: the list's filters and order, only what the map draws (map-lines.ts). */
export const MapLinesRequestSchema = z.object({
  id: RequestId,
  type: z.literal('map-lines'),
  query: SynergyQuerySchema.omit({ offset: true, limit: true }),
  limit: z.number({ error: 'Nombre de lignes invalide' }).int().min(0).max(MAX_MAP_LINES),
});
/** The map's colours: what each company offers and needs, read by the worker from the app's `database`. */
export const BalancesRequestSchema = z.object({ id: RequestId, type: z.literal('balances'), database: z.string().min(1) });

export const WorkerRequestSchema = z.discriminatedUnion(
  'type',
  [
    MatchAllRequestSchema,
    UpdateCompanyRequestSchema,
    QueryRequestSchema,
    GetRequestSchema,
    ByCompanyRequestSchema,
    MapLinesRequestSchema,
    BalancesRequestSchema,
  ],
  { error: 'Type de requête inconnu (attendu : match-all, update-company, query, get, by-company, map-lines ou balances)' },
);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;
export type MatchAllRequest = z.infer<typeof MatchAllRequestSchema>;
export type UpdateCompanyRequest = z.infer<typeof UpdateCompanyRequestSchema>;

export const ProgressResponseSchema = z.object({
  id: RequestId,
  type: z.literal('progress'),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

const Count = z.number().int().nonnegative();

/** A full run is done: the worker now holds its synergies. */
export const MatchedResponseSchema = z.object({
  id: RequestId,
  type: z.literal('matched'),
  substitutions: Count,
  mutualisations: Count,
  total: Count,
  /** Rows of the base left out because unreadable (0 when the data was given). */
  skipped: Count,
  /** Time spent reading and matching in the worker, in ms. */
  durationMs: z.number().nonnegative(),
  /** Its parts, in ms: reading the base (0 when the data was given), matching, keeping the result. */
  phases: z.object({ readMs: z.number().nonnegative(), matchMs: z.number().nonnegative(), holdMs: z.number().nonnegative() }),
});

const record = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();
const SynergyCountsSchema = z.object({
  kinds: record({ substitution: Count, mutualisation: Count }),
  families: record({ energy: Count, water: Count, materials: Count, logistics: Count, skills: Count }),
}) satisfies z.ZodType<SynergyCounts>;

export const ResultsResponseSchema = z
  .object({
    id: RequestId,
    type: z.literal('results'),
    items: z.array(SynergySchema),
    total: Count,
    held: Count,
    counts: SynergyCountsSchema,
  })
  .refine((r) => r.items.length <= r.total && r.total <= r.held, {
    error: 'Résultats incohérents : plus de synergies affichées que trouvées, ou trouvées que détenues',
  }) satisfies z.ZodType<SynergyPage & { id: number; type: 'results' }>;

export const SynergyResponseSchema = z.object({ id: RequestId, type: z.literal('synergy'), synergy: SynergySchema.nullable() });
export const CompanySynergiesResponseSchema = z.object({
  id: RequestId,
  type: z.literal('company-synergies'),
  items: z.array(SynergySchema),
});

export const MapLinesResponseSchema = z
  .object({ ...MapLineColumnsSchema.shape, id: RequestId, type: z.literal('map-lines'), total: Count, held: Count })
  .refine((r) => columnsConsistent(r) && r.ids.length <= r.total && r.total <= r.held, {
    error: 'Lignes de la carte incohérentes : colonnes de longueurs différentes, ou plus de lignes que de synergies',
  });

export const BalancesResponseSchema = z
  .object({ ...CompanyBalancesSchema.shape, id: RequestId, type: z.literal('balances') })
  .refine((r) => r.companyIds.length === r.balances.length, { error: 'Bilans des entreprises incohérents : une entreprise sans bilan' });

export const DiffResponseSchema = z.object({
  id: RequestId,
  type: z.literal('diff'),
  removed: z.array(z.string()),
  upserted: z.array(SynergySchema),
});

/** `not-loaded`: the worker holds no result yet (first use, or restarted): run a full match. */
export const ERROR_CODES = ['invalid-request', 'not-loaded', 'failed'] as const;
export const ErrorResponseSchema = z.object({
  /** Null when the request was too broken to carry an id. */
  id: RequestId.nullable(),
  type: z.literal('error'),
  code: z.enum(ERROR_CODES),
  message: z.string(),
});

export const WorkerResponseSchema = z.discriminatedUnion('type', [
  ProgressResponseSchema,
  MatchedResponseSchema,
  DiffResponseSchema,
  ResultsResponseSchema,
  SynergyResponseSchema,
  CompanySynergiesResponseSchema,
  MapLinesResponseSchema,
  BalancesResponseSchema,
  ErrorResponseSchema,
]);
export type WorkerResponse = z.infer<typeof WorkerResponseSchema>;
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
export type MatchedResponse = z.infer<typeof MatchedResponseSchema>;
export type ResultsResponse = z.infer<typeof ResultsResponseSchema>;

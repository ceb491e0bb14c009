// The one contract between the page and the matching worker: every request and response as a zod
// schema, imported by both sides. The worker validates what it receives; the bridge what it gets back.
// A full run is answered in two steps: `matched` (counts, as soon as the matching is done), then the
// records on demand, one `page` request → one `page` response, so the page side writes each page
// before asking for the next (backpressure) and a superseded run is simply no longer asked.
import { z } from 'zod';
import { CompanySchema, FluxSchema, SynergySchema } from '../domain';
import type { MatchCompany, MatchFlux } from './types';

export const MatchCompanySchema = CompanySchema.pick({
  id: true,
  name: true,
  territoryId: true,
  zone: true,
  location: true,
  deleted: true,
}) satisfies z.ZodType<MatchCompany>;

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
  deleted: F.deleted,
}) satisfies z.ZodType<MatchFlux>;

const RequestId = z.number({ error: 'Identifiant de requête manquant' }).int().nonnegative();

export const MatchAllRequestSchema = z.object({
  id: RequestId,
  type: z.literal('match-all'),
  companies: z.array(MatchCompanySchema),
  flux: z.array(MatchFluxSchema),
  topN: z.number().int().min(1).max(100).optional(),
  /** Records per page of the stream that follows (default DEFAULT_PAGE_SIZE). */
  pageSize: z.number().int().min(1).max(50_000).optional(),
  now: z.number().int().nonnegative(),
});

/** The next records of a full run; `runId` is the id of its match-all request. */
export const PageRequestSchema = z.object({
  id: RequestId,
  type: z.literal('page'),
  runId: RequestId,
  index: z.number({ error: 'Numéro de page manquant' }).int().nonnegative(),
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

export const WorkerRequestSchema = z.discriminatedUnion(
  'type',
  [MatchAllRequestSchema, PageRequestSchema, UpdateCompanyRequestSchema],
  { error: 'Type de requête inconnu (attendu : match-all, page ou update-company)' },
);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;
export type MatchAllRequest = z.infer<typeof MatchAllRequestSchema>;
export type UpdateCompanyRequest = z.infer<typeof UpdateCompanyRequestSchema>;
export type PageRequest = z.infer<typeof PageRequestSchema>;

export const ProgressResponseSchema = z.object({
  id: RequestId,
  type: z.literal('progress'),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

const Count = z.number().int().nonnegative();

/** First answer of a full run: the matching is done; the records follow in `pages` pages. */
export const MatchedResponseSchema = z.object({
  id: RequestId,
  type: z.literal('matched'),
  substitutions: Count,
  mutualisations: Count,
  total: Count,
  pages: Count,
  pageSize: z.number().int().min(1),
  /** Time spent matching in the worker, in ms. */
  durationMs: z.number().nonnegative(),
});

export const PageResponseSchema = z
  .object({
    id: RequestId,
    type: z.literal('page'),
    runId: RequestId,
    index: Count,
    synergies: z.array(SynergySchema),
    /** Records of the run delivered up to and including this page, out of `total`. */
    done: Count,
    total: Count,
    last: z.boolean(),
  })
  .refine((p) => p.done <= p.total && p.last === (p.done === p.total), {
    error: 'Page incohérente : avancement et fin de flux ne concordent pas',
  });

export const DiffResponseSchema = z.object({
  id: RequestId,
  type: z.literal('diff'),
  removed: z.array(z.string()),
  upserted: z.array(SynergySchema),
});

/** `stale-run`: a page of a run that a newer full run (or a restarted worker) replaced. */
export const ERROR_CODES = ['invalid-request', 'not-loaded', 'stale-run', 'failed'] as const;
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
  PageResponseSchema,
  DiffResponseSchema,
  ErrorResponseSchema,
]);
export type WorkerResponse = z.infer<typeof WorkerResponseSchema>;
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
export type MatchedResponse = z.infer<typeof MatchedResponseSchema>;
export type PageResponse = z.infer<typeof PageResponseSchema>;

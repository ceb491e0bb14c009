// The one contract between the page and the matching worker: every request and response as a zod
// schema, imported by both sides. The worker validates what it receives; the bridge what it gets back.
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
  deleted: F.deleted,
}) satisfies z.ZodType<MatchFlux>;

const RequestId = z.number({ error: 'Identifiant de requête manquant' }).int().nonnegative();

export const MatchAllRequestSchema = z.object({
  id: RequestId,
  type: z.literal('match-all'),
  companies: z.array(MatchCompanySchema),
  flux: z.array(MatchFluxSchema),
  topN: z.number().int().min(1).max(100).optional(),
  now: z.number().int().nonnegative(),
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
  [MatchAllRequestSchema, UpdateCompanyRequestSchema],
  { error: 'Type de requête inconnu (attendu : match-all ou update-company)' },
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

export const MatchAllResponseSchema = z.object({
  id: RequestId,
  type: z.literal('all'),
  synergies: z.array(SynergySchema),
});

export const DiffResponseSchema = z.object({
  id: RequestId,
  type: z.literal('diff'),
  removed: z.array(z.string()),
  upserted: z.array(SynergySchema),
});

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
  MatchAllResponseSchema,
  DiffResponseSchema,
  ErrorResponseSchema,
]);
export type WorkerResponse = z.infer<typeof WorkerResponseSchema>;
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

// A closed report: a period's figures as a referent or an admin « clôture » them, kept by the
// server unchanged — with the date, who closed it, the definitions and rules it was counted with —
// and served again byte for byte, so what was sent to the Region can always be shown again.
import { z } from 'zod';
import { API_PREFIX } from '../api';
import { ROLES } from '../user';
import { DateRangeSchema } from './period';
import { IndicatorReportSchema } from './report';

export const CLOSED_REPORTS_ROUTE = `${API_PREFIX}/indicators/closed`;

const DefinitionSchema = z.object({ id: z.string(), label: z.string(), unit: z.string(), howCounted: z.string() });

export const ClosedReportSchema = z.object({
  id: z.string().min(1).max(64),
  /** When it was closed, ms since the epoch: « chiffres au … ». */
  closedAt: z.number().int().nonnegative(),
  closedBy: z.object({ name: z.string().max(200), role: z.enum(ROLES) }),
  report: IndicatorReportSchema,
  definitions: z.array(DefinitionSchema),
  rules: z.array(z.string()),
});
export type ClosedReport = z.infer<typeof ClosedReportSchema>;

export const ClosedReportSummarySchema = z.object({
  id: z.string(),
  closedAt: z.number().int(),
  closedBy: z.object({ name: z.string(), role: z.enum(ROLES) }),
  range: DateRangeSchema,
  territoryIds: z.array(z.string()),
  programme: z.boolean(),
});
export type ClosedReportSummary = z.infer<typeof ClosedReportSummarySchema>;
export const ClosedReportListSchema = z.object({ reports: z.array(ClosedReportSummarySchema) });
export type ClosedReportList = z.infer<typeof ClosedReportListSchema>;

/** What « Clôturer » sends: the period and, optionally, the territories (the same as the page's query). */
export const CloseReportRequestSchema = z.object({
  from: z.iso.date('Date de début invalide (AAAA-MM-JJ)'),
  to: z.iso.date('Date de fin invalide (AAAA-MM-JJ)'),
  territory: z.string().max(2000).optional(),
});

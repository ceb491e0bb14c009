// What the « Indicateurs » page asks the server beyond the figures: closed reports (list, one,
// « clôturer »), targets (read, set) and per-person activity. Every answer checked by its zod
// schema; failures come back as French values, never thrown, like the other API clients here.
import type { z } from 'zod';
import {
  AdvisorActivityListSchema,
  CLOSED_REPORTS_ROUTE,
  ClosedReportListSchema,
  ClosedReportSchema,
  ImplementedListSchema,
  INDICATORS_ROUTE,
  TargetListSchema,
  TargetSchema,
  type DateRange,
  type Target,
} from '../domain/indicators';
import { fail, MESSAGES, ok, type Result } from './errors';
import { activeSession } from './session';
import { errorOf } from './transport';

async function call<S extends z.ZodType>(
  path: string,
  schema: S,
  init: { method?: string; body?: unknown } = {},
): Promise<Result<z.infer<S>>> {
  const bearer = (await activeSession())?.token;
  if (!bearer) return fail({ kind: 'no-session', message: 'Non connecté : connectez-vous pour lire les chiffres du serveur' });
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${bearer}`,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch {
    return fail({ kind: 'network', message: MESSAGES.network });
  }
  if (!response.ok) return fail(await errorOf(response, true));
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  return parsed.success ? ok(parsed.data) : fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse });
}

const query = (range: DateRange, territoryId: string | undefined) => {
  const q = new URLSearchParams({ from: range.from, to: range.to });
  if (territoryId) q.set('territory', territoryId);
  return q.toString();
};

export const fetchClosedReports = () => call(CLOSED_REPORTS_ROUTE, ClosedReportListSchema);
export const fetchClosedReport = (id: string) => call(`${CLOSED_REPORTS_ROUTE}/${encodeURIComponent(id)}`, ClosedReportSchema);
export const closeReport = (range: DateRange, territoryId: string | undefined) =>
  call(CLOSED_REPORTS_ROUTE, ClosedReportSchema, {
    method: 'POST',
    body: { ...range, ...(territoryId ? { territory: territoryId } : {}) },
  });
export const fetchTargets = (year: number) => call(`${INDICATORS_ROUTE}/targets?year=${year}`, TargetListSchema);
export const saveTarget = (target: Target) => call(`${INDICATORS_ROUTE}/targets`, TargetSchema, { method: 'PUT', body: target });
export const fetchAdvisorActivity = (range: DateRange, territoryId: string | undefined) =>
  call(`${INDICATORS_ROUTE}/advisors?${query(range, territoryId)}`, AdvisorActivityListSchema);
export const fetchImplemented = (range: DateRange, territoryId: string | undefined) =>
  call(`${INDICATORS_ROUTE}/implemented?${query(range, territoryId)}`, ImplementedListSchema);

// The programme's indicators from the server (GET /api/v1/indicators), for referents and admins:
// the figures of every device — colleagues' sign-ins included — that one device cannot count.
// Failures come back as French values, never thrown, like the other API clients here.
import { INDICATORS_ROUTE, IndicatorResponseSchema, type DateRange, type IndicatorResponse } from '../domain/indicators';
import { fail, MESSAGES, ok, type Result } from './errors';
import { activeSession } from './session';
import { errorOf, type FetchLike } from './transport';

export async function fetchServerIndicators(
  range: DateRange,
  territoryId: string | undefined,
  fetchImpl: FetchLike = (i, r) => fetch(i, r),
  token: () => Promise<string | undefined> = async () => (await activeSession())?.token,
): Promise<Result<IndicatorResponse>> {
  const bearer = await token();
  if (!bearer) return fail({ kind: 'no-session', message: 'Non connecté : connectez-vous pour lire les chiffres du serveur' });
  const query = new URLSearchParams({ from: range.from, to: range.to });
  if (territoryId) query.set('territory', territoryId);
  let response: Response;
  try {
    response = await fetchImpl(`${INDICATORS_ROUTE}?${query.toString()}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${bearer}` },
    });
  } catch {
    return fail({ kind: 'network', message: MESSAGES.network });
  }
  if (!response.ok) return fail(await errorOf(response, true));
  const parsed = IndicatorResponseSchema.safeParse(await response.json().catch(() => undefined));
  return parsed.success ? ok(parsed.data) : fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse });
}

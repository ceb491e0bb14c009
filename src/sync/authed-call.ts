// One authenticated call to the server for the management pages (accounts, parks, territories):
// the session's bearer token, the answer checked against a zod schema, failures as French values
// that may name the form field at fault, never thrown.
import type { z } from 'zod';
import { ApiErrorSchema } from '../domain/sync-protocol';
import { fail, MESSAGES, ok, type SyncError } from './errors';
import { activeSession } from './session';
import { errorOf, type FetchLike } from './transport';

/** A failure that may name the form field at fault (the server's `field`, or the local check's). */
export type FieldError = SyncError & { field?: string };
export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: FieldError };

export type AuthedCall = <S extends z.ZodType>(path: string, init: RequestInit, schema: S | undefined) => Promise<FieldResult<z.infer<S>>>;

export const sessionToken = async () => (await activeSession())?.token;

/** Checks a body locally first, so a mistake is named before any network round trip. */
export function checkBody<S extends z.ZodType>(
  schema: S,
  input: unknown,
  describe: (error: z.ZodError) => { field: string; message: string },
): FieldResult<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const error: FieldError = { kind: 'http', status: 400, ...describe(parsed.error) };
  return fail(error);
}

export const jsonInit = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });

/** `noSession` is what to say when nobody is signed in on this device. */
export function authedCaller(
  baseUrl: string,
  fetchImpl: FetchLike,
  token: () => Promise<string | undefined>,
  noSession: string,
): AuthedCall {
  return async <S extends z.ZodType>(path: string, init: RequestInit, schema: S | undefined): Promise<FieldResult<z.infer<S>>> => {
    const bearer = await token();
    if (!bearer) return fail({ kind: 'no-session', message: noSession });
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${bearer}` };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(baseUrl + path, { ...init, headers });
    } catch {
      return fail({ kind: 'network', message: MESSAGES.network });
    }
    if (!response.ok) {
      const field = await response
        .clone()
        .json()
        .then((b: unknown) => ApiErrorSchema.safeParse(b).data?.field)
        .catch(() => undefined);
      const error: FieldError = await errorOf(response, true);
      return fail(field ? { ...error, field } : error);
    }
    if (!schema) return ok(undefined as z.infer<S>);
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    return parsed.success ? ok(parsed.data) : fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse });
  };
}

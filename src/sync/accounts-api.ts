// The admin account endpoints for the "Comptes" page, with the transport's conventions: bodies
// checked against the shared schemas, failures returned as French values, never thrown.
import type { z } from 'zod';
import {
  AccountListSchema,
  AccountUpdateSchema,
  accountIssue,
  adminUserPath,
  CreatedAccountSchema,
  NewAccountSchema,
  PasswordResetResponseSchema,
  PasswordResetSchema,
  type AccountUpdate,
  type CreatedAccount,
  type NewAccount,
  type PasswordReset,
  type PasswordResetResponse,
} from '../domain/accounts';
import { API_ROUTES } from '../domain/api';
import { ApiErrorSchema } from '../domain/sync-protocol';
import { TerritorySchema, type Territory } from '../domain/territory';
import type { User } from '../domain/user';
import { fail, MESSAGES, ok, type SyncError } from './errors';
import { activeSession } from './session';
import { errorOf, type FetchLike } from './transport';

/** A failure that may name the form field at fault (the server's `field`, or the local check's). */
export type AccountError = SyncError & { field?: string };
export type AccountResult<T> = { ok: true; value: T } | { ok: false; error: AccountError };

export interface AccountsApi {
  list(): Promise<AccountResult<User[]>>;
  /** Every territory (an admin sees them all): the choices for an account. */
  territories(): Promise<AccountResult<Territory[]>>;
  create(input: NewAccount): Promise<AccountResult<CreatedAccount>>;
  update(id: string, changes: AccountUpdate): Promise<AccountResult<User>>;
  resetPassword(id: string, input?: PasswordReset): Promise<AccountResult<PasswordResetResponse>>;
  remove(id: string): Promise<AccountResult<void>>;
}

const NO_SESSION = 'Non connecté : connectez-vous avec un compte administrateur';
const TerritoryListSchema = TerritorySchema.array();

/** Checks a request locally first, so a mistake is named before any network round trip. */
function checked<S extends z.ZodType>(schema: S, input: unknown): AccountResult<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const { field, message } = accountIssue(parsed.error);
  const error: AccountError = { kind: 'http', status: 400, message, field };
  return fail(error);
}

/** `token` defaults to the signed-in session's; tests pass a fake fetch and token. */
export function createAccountsApi(
  baseUrl = '',
  fetchImpl: FetchLike = (i, r) => fetch(i, r),
  token: () => Promise<string | undefined> = async () => (await activeSession())?.token,
): AccountsApi {
  async function call<S extends z.ZodType>(path: string, init: RequestInit, schema: S | undefined): Promise<AccountResult<z.infer<S>>> {
    const bearer = await token();
    if (!bearer) return fail({ kind: 'no-session', message: NO_SESSION });
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
      const error: AccountError = await errorOf(response, true);
      return fail(field ? { ...error, field } : error);
    }
    if (!schema) return ok(undefined as z.infer<S>);
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    return parsed.success ? ok(parsed.data) : fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse });
  }

  const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });

  return {
    list: () => call(API_ROUTES.adminUsers, { method: 'GET' }, AccountListSchema),
    territories: () => call(API_ROUTES.territories, { method: 'GET' }, TerritoryListSchema),
    async create(input) {
      const body = checked(NewAccountSchema, input);
      return body.ok ? call(API_ROUTES.adminUsers, json('POST', body.value), CreatedAccountSchema) : body;
    },
    async update(id, changes) {
      const body = checked(AccountUpdateSchema, changes);
      return body.ok ? call(adminUserPath(id), json('PATCH', body.value), AccountListSchema.element) : body;
    },
    async resetPassword(id, input = {}) {
      const body = checked(PasswordResetSchema, input);
      return body.ok ? call(adminUserPath(id, 'password'), json('POST', body.value), PasswordResetResponseSchema) : body;
    },
    async remove(id) {
      const result = await call(adminUserPath(id), { method: 'DELETE' }, undefined);
      return result.ok ? ok(undefined) : result;
    },
  };
}

export const accountsApi: AccountsApi = createAccountsApi();

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
import { TerritorySchema, type Territory } from '../domain/territory';
import type { User } from '../domain/user';
import { authedCaller, checkBody, jsonInit, sessionToken, type FieldError, type FieldResult } from './authed-call';
import { ok } from './errors';
import type { FetchLike } from './transport';

export type AccountError = FieldError;
export type AccountResult<T> = FieldResult<T>;

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

const checked = <S extends z.ZodType>(schema: S, input: unknown) => checkBody(schema, input, accountIssue);

/** `token` defaults to the signed-in session's; tests pass a fake fetch and token. */
export function createAccountsApi(
  baseUrl = '',
  fetchImpl: FetchLike = (i, r) => fetch(i, r),
  token: () => Promise<string | undefined> = sessionToken,
): AccountsApi {
  const call = authedCaller(baseUrl, fetchImpl, token, NO_SESSION);

  return {
    list: () => call(API_ROUTES.adminUsers, { method: 'GET' }, AccountListSchema),
    territories: () => call(API_ROUTES.territories, { method: 'GET' }, TerritoryListSchema),
    async create(input) {
      const body = checked(NewAccountSchema, input);
      return body.ok ? call(API_ROUTES.adminUsers, jsonInit('POST', body.value), CreatedAccountSchema) : body;
    },
    async update(id, changes) {
      const body = checked(AccountUpdateSchema, changes);
      return body.ok ? call(adminUserPath(id), jsonInit('PATCH', body.value), AccountListSchema.element) : body;
    },
    async resetPassword(id, input = {}) {
      const body = checked(PasswordResetSchema, input);
      return body.ok ? call(adminUserPath(id, 'password'), jsonInit('POST', body.value), PasswordResetResponseSchema) : body;
    },
    async remove(id) {
      const result = await call(adminUserPath(id), { method: 'DELETE' }, undefined);
      return result.ok ? ok(undefined) : result;
    },
  };
}

export const accountsApi: AccountsApi = createAccountsApi();

// Account administration contract (admin HTTP API and "Comptes" page): requests, answers, messages.
import { z } from 'zod';
import { API_ROUTES } from './api';
import { hasUnsafeText, UNSAFE_TEXT_MESSAGE } from './text-safety';
import { ROLES, UserSchema } from './user';

export const PASSWORD_MIN_LENGTH = 10;
export const LAST_ADMIN_MESSAGE = 'Impossible : c’est le dernier compte administrateur. Nommez d’abord un autre administrateur.';

// Own messages rather than the generic field labels: on an account, "name" is a person, not a company.
const EmailSchema = z.email({ error: 'E-mail : adresse invalide' }).max(200, 'E-mail : 200 caractères au plus');
const NameSchema = z
  .string({ error: 'Nom : requis' })
  .trim()
  .min(1, 'Nom : requis')
  .max(120, 'Nom : 120 caractères au plus')
  .refine((name) => !hasUnsafeText(name), { error: `Nom : ${UNSAFE_TEXT_MESSAGE}` });
const AccountRoleSchema = z.enum(ROLES, { error: 'Rôle : inconnu (advisor, animator, referent, admin)' });
const TerritoryIdsSchema = z
  .array(
    z
      .string({ error: 'Territoires : identifiant attendu' })
      .min(1, 'Territoires : identifiant vide')
      .max(64, 'Territoires : identifiant trop long')
      .refine((id) => !hasUnsafeText(id), { error: `Territoires : ${UNSAFE_TEXT_MESSAGE}` }),
    { error: 'Territoires : liste attendue' },
  )
  .min(1, 'Territoires : choisissez-en au moins un')
  .max(100, 'Territoires : 100 au plus')
  // The same territory ticked twice would break the (user, territory) key.
  .transform((ids) => [...new Set(ids)]);
export const AccountPasswordSchema = z
  .string({ error: 'Mot de passe : texte attendu' })
  .min(PASSWORD_MIN_LENGTH, `Mot de passe : ${PASSWORD_MIN_LENGTH} caractères au moins`)
  .max(200, 'Mot de passe : 200 caractères au plus');

/** POST adminUsers. Without a password the server generates one and returns it once. */
export const NewAccountSchema = z.object(
  {
    email: EmailSchema.transform((e) => e.toLowerCase()),
    name: NameSchema,
    role: AccountRoleSchema,
    territoryIds: TerritoryIdsSchema,
    password: AccountPasswordSchema.optional(),
  },
  { error: 'Objet attendu' },
);
export type NewAccount = z.input<typeof NewAccountSchema>;

/** PATCH adminUser(id): only the fields given change; the e-mail is the account's identity and stays. */
export const AccountUpdateSchema = z
  .object(
    { name: NameSchema.optional(), role: AccountRoleSchema.optional(), territoryIds: TerritoryIdsSchema.optional() },
    { error: 'Objet attendu' },
  )
  .refine((u) => u.name !== undefined || u.role !== undefined || u.territoryIds !== undefined, { error: 'Rien à modifier' });
export type AccountUpdate = z.input<typeof AccountUpdateSchema>;

/** POST adminUserPassword(id): a chosen password, or none to have one generated. */
export const PasswordResetSchema = z.object({ password: AccountPasswordSchema.optional() }, { error: 'Objet attendu' });
export type PasswordReset = z.input<typeof PasswordResetSchema>;

export const AccountListSchema = UserSchema.array();

/** `password` is present only when the server generated it: shown once, never stored in clear. */
export const CreatedAccountSchema = z.object({ user: UserSchema, password: z.string().optional() });
export type CreatedAccount = z.infer<typeof CreatedAccountSchema>;

export const PasswordResetResponseSchema = z.object({ password: z.string().optional() });
export type PasswordResetResponse = z.infer<typeof PasswordResetResponseSchema>;

/** The first issue as the API reports it: a dotted field path and a French sentence. */
export function accountIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  // Issues inside the territory list name the list: that is the control a person sees.
  const top = issue.path[0];
  return { field: top === undefined ? 'body' : String(top), message: issue.message };
}

/** One account under the admin route, e.g. adminUserPath('u1', 'password') → …/admin/users/u1/password. */
export const adminUserPath = (id: string, action?: 'password'): string =>
  `${API_ROUTES.adminUsers}/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

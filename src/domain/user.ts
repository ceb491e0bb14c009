// Programme users: who they are, what they may do, which territories they see.
import { z } from 'zod';

export const ROLES = ['advisor', 'animator', 'referent', 'admin'] as const;
export const RoleSchema = z.enum(ROLES, { error: 'Rôle inconnu (advisor, animator, referent, admin)' });
export type Role = z.infer<typeof RoleSchema>;
export const ROLE_LABELS: Record<Role, string> = {
  advisor: 'Conseiller',
  animator: 'Animateur',
  referent: 'Référent territorial',
  admin: 'Administrateur',
};

export const UserSchema = z.object({
  id: z.string().min(1),
  email: z.email('Adresse e-mail invalide').transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, 'Nom requis').max(120),
  role: RoleSchema,
  territoryIds: z.array(z.string().min(1)),
});
export type User = z.infer<typeof UserSchema>;

export const LoginRequestSchema = z.object({
  email: z.email('Adresse e-mail invalide'),
  password: z.string().min(1, 'Mot de passe requis').max(200),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const LoginResponseSchema = z.object({ token: z.string().min(20), user: UserSchema });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

// Business parks (zones d'activités) shared by every device of a territory: managed by the admins
// and the territory's referents; a name typed by an advisor is a proposal until a referent
// confirms it or merges it into an existing park. Request and answer bodies of the park API.
import { z } from 'zod';
import { LocationSchema } from './company';
import { isPlainText, parkNameKey } from './park-names';
import { IdSchema } from './record';

export const PARK_STATUSES = ['confirmed', 'proposed'] as const;
export const PARK_STATUS_LABELS: Record<(typeof PARK_STATUSES)[number], string> = {
  confirmed: 'Confirmée',
  proposed: 'Proposée',
};

export const ParkNameSchema = z
  .string({ error: 'Nom de la zone requis' })
  .trim()
  .min(2, 'Nom de la zone trop court (2 caractères min.)')
  .max(120, 'Nom de la zone trop long (120 caractères max.)')
  .refine(isPlainText, 'Nom de la zone invalide : caractères de contrôle interdits')
  .refine((name) => parkNameKey(name) !== '', 'Nom de la zone invalide : lettres ou chiffres attendus');

/** A park's extent around its centre; 30 km is already a whole agglomeration. */
export const ParkRadiusSchema = z
  .number({ error: 'Rayon invalide : nombre de kilomètres attendu' })
  .positive('Rayon invalide : supérieur à 0 km')
  .max(30, 'Rayon invalide : 30 km au plus');

const TerritoryRefSchema = z.string({ error: 'Territoire requis' }).min(1, 'Territoire requis').max(64, 'Territoire inconnu');

export const ParkSchema = z.object({
  id: IdSchema,
  territoryId: TerritoryRefSchema,
  name: ParkNameSchema,
  nameKey: z.string(),
  center: LocationSchema.optional(),
  radiusKm: ParkRadiusSchema.optional(),
  status: z.enum(PARK_STATUSES),
  /** Set once merged: the park its companies now belong to (the record stays, as a signpost). */
  mergedInto: IdSchema.optional(),
  /** Id of the account that created or proposed it. */
  createdBy: z.string().optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  rev: z.number().int().nonnegative().default(0),
});
export type Park = z.infer<typeof ParkSchema>;

/**
 * An advisor's new name, with an id chosen on the device so a retried upload is applied once.
 * `review`: the name was found on a company someone else typed (not typed by the sender), so it
 * stays a proposal for the referent even when the sender could confirm it.
 */
export const ParkProposalSchema = z.strictObject({
  id: IdSchema,
  territoryId: TerritoryRefSchema,
  name: ParkNameSchema,
  review: z.literal(true).optional(),
});
export type ParkProposal = z.infer<typeof ParkProposalSchema>;

export const NewParkSchema = z.strictObject({
  territoryId: TerritoryRefSchema,
  name: ParkNameSchema,
  center: LocationSchema.optional(),
  radiusKm: ParkRadiusSchema.optional(),
});
export type NewPark = z.infer<typeof NewParkSchema>;

/** null removes the centre or the radius. */
export const ParkUpdateSchema = z
  .strictObject({
    name: ParkNameSchema.optional(),
    center: LocationSchema.nullable().optional(),
    radiusKm: ParkRadiusSchema.nullable().optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), 'Aucune modification demandée');
export type ParkUpdate = z.infer<typeof ParkUpdateSchema>;

export const ParkMergeSchema = z.strictObject({ intoId: IdSchema });
export type ParkMerge = z.infer<typeof ParkMergeSchema>;

/** A park changed through the API, with the number of companies rewritten to follow it. */
export const ParkChangeSchema = z.object({ park: ParkSchema, companies: z.number().int().nonnegative() });
export type ParkChange = z.infer<typeof ParkChangeSchema>;

/** The companies a merge or rename would rewrite (the preview shown before confirming). */
export const ParkCompaniesSchema = z.object({ companies: z.array(z.object({ id: z.string(), name: z.string() })) });
export type ParkCompanies = z.infer<typeof ParkCompaniesSchema>;

/** The issue of a failed park or territory body as the 400 answers it: the field and its message. */
export function referenceIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
  if (issue.code === 'unrecognized_keys') return { field: issue.keys[0] ?? 'body', message: `Champ inconnu : ${issue.keys.join(', ')}` };
  return { field, message: issue.message };
}

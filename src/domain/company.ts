// A company visited by an advisor: identity, location, territory and consent.
import { z } from 'zod';
import { IdSchema, RecordMetaSchema } from './record';
import { CommuneSettingSchema } from './regulation/self-consumption';
import { normalizeSiret, siretError } from './siret';

export const HEADCOUNT_BANDS = ['0', '1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export const HEADCOUNT_LABELS: Record<(typeof HEADCOUNT_BANDS)[number], string> = {
  '0': 'Aucun salarié',
  '1-9': '1 à 9 salariés',
  '10-49': '10 à 49 salariés',
  '50-249': '50 à 249 salariés',
  '250-999': '250 à 999 salariés',
  '1000+': '1 000 salariés et plus',
};

export const SiretSchema = z
  .string({ error: 'SIRET invalide : 14 chiffres attendus' })
  .transform(normalizeSiret)
  .superRefine((s, ctx) => {
    const error = siretError(s);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

/** NAF rev. 2 code as INSEE writes it: "25.62B" (the dot is optional on input). */
export const NafSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/^(\d{2})(\d{2}[A-Z])$/, '$1.$2'))
  .pipe(z.string().regex(/^\d{2}\.\d{2}[A-Z]$/, 'Code NAF invalide : format attendu 25.62B'));

export const LocationSchema = z.object({
  lat: z
    .number({ error: 'Latitude invalide' })
    .min(-90, 'Latitude invalide : entre -90 et 90')
    .max(90, 'Latitude invalide : entre -90 et 90'),
  lon: z
    .number({ error: 'Longitude invalide' })
    .min(-180, 'Longitude invalide : entre -180 et 180')
    .max(180, 'Longitude invalide : entre -180 et 180'),
});
export type Location = z.infer<typeof LocationSchema>;

export const ContactSchema = z.object({
  name: z.string().trim().max(120).default(''),
  role: z.string().trim().max(120).default(''),
  email: z.union([z.literal(''), z.email('Adresse e-mail invalide').max(200)]).default(''),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ().-]{0,20}$/, 'Numéro de téléphone invalide')
    .default(''),
});
export type Contact = z.infer<typeof ContactSchema>;

export const CompanySchema = RecordMetaSchema.extend({
  name: z.string({ error: 'Raison sociale requise' }).trim().min(2, 'Raison sociale trop courte (2 caractères min.)').max(160),
  siret: z.union([z.literal(''), SiretSchema]).default(''),
  naf: z.union([z.literal(''), NafSchema]).default(''),
  headcount: z.enum(HEADCOUNT_BANDS, { error: 'Tranche d’effectif inconnue' }).optional(),
  address: z.string().trim().max(300).default(''),
  location: LocationSchema.optional(),
  territoryId: z.string({ error: 'Territoire requis' }).min(1, 'Territoire requis').max(64, 'Territoire : identifiant trop long'),
  /** Business park name as shown and as devices of the previous version match it. */
  zone: z.string().trim().max(120).default(''),
  /**
   * The shared park (park.ts) the zone names; '' or absent when none was picked or matched yet
   * ('' rather than absent to clear it: an absent field does not travel in a sync patch).
   */
  parkId: z.union([z.literal(''), IdSchema]).optional(),
  contact: ContactSchema.default({ name: '', role: '', email: '', phone: '' }),
  /** Its commune's kind when it differs from its territory's (collective self-consumption reach). */
  setting: CommuneSettingSchema.optional(),
  consent: z.boolean().default(false),
  consentDate: z.number().int().optional(),
  notes: z.string().max(5000).default(''),
});
export type Company = z.infer<typeof CompanySchema>;
export type CompanyInput = z.input<typeof CompanySchema>;

/** Lower-case, accent-free key used for search by name. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// A flux: something a company needs or has to give, in one of the five families.
import { z } from 'zod';
import { DirectionSchema, FamilySchema } from './families';
import { FluxGradeFields, gradeIssues } from './flux-grades';
import { RecordMetaSchema } from './record';
import { normalizeLerCode } from './ler';
import { RECOVERY_OPERATIONS, findResource, recoveryOperationsFor } from './taxonomy';
import { PeriodSchema, UnitSchema } from './units';

export const AVAILABILITIES = ['continuous', 'seasonal', 'occasional', 'dates'] as const;
export const AVAILABILITY_LABELS: Record<(typeof AVAILABILITIES)[number], string> = {
  continuous: 'Continue',
  seasonal: 'Saisonnière',
  occasional: 'Ponctuelle',
  dates: 'Entre deux dates',
};

export const AvailabilitySchema = z
  .object({
    kind: z.enum(AVAILABILITIES, { error: 'Disponibilité inconnue' }).default('continuous'),
    /** Months (1–12) for a seasonal flux. */
    months: z.array(z.number().int().min(1).max(12)).max(12).default([]),
    from: z.iso.date('Date de début invalide').optional(),
    to: z.iso.date('Date de fin invalide').optional(),
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, { message: 'La date de fin précède la date de début', path: ['to'] });
export type Availability = z.infer<typeof AvailabilitySchema>;

export const ResourceCodeSchema = z
  .string({ error: 'Code ressource requis' })
  .refine((code) => findResource(code) !== undefined, { error: (i) => `Ressource inconnue : ${String(i.input).slice(0, 40)}` });

/** A code of the official list of waste, stored in its official form ("16 06 01*"); empty means none. */
export const WasteCodeSchema = z
  .string({ error: 'Code déchet invalide' })
  .max(20, 'Code déchet trop long')
  .transform((text, ctx) => {
    if (text.trim() === '') return undefined;
    const code = normalizeLerCode(text);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: `Code déchet inconnu de la liste officielle : ${text.slice(0, 20)} (ex. 15 01 01)` });
      return z.NEVER;
    }
    return code;
  });

export const FluxSchema = RecordMetaSchema.extend({
  companyId: z.string().min(1, 'Entreprise requise').max(64, 'Entreprise : identifiant trop long'),
  visitId: z.string().max(64, 'Visite : identifiant trop long').optional(),
  /** The detection workshop it was entered at (provenance), if any. */
  workshopId: z.string().max(64, 'Atelier : identifiant trop long').optional(),
  family: FamilySchema,
  resourceCode: ResourceCodeSchema,
  direction: DirectionSchema,
  /** Free label, used by the "other" entries of each family. */
  label: z.string().trim().max(160).default(''),
  quantity: z.number({ error: 'Quantité invalide' }).nonnegative('La quantité ne peut pas être négative').optional(),
  unit: UnitSchema.optional(),
  period: PeriodSchema.optional(),
  availability: AvailabilitySchema.default({ kind: 'continuous', months: [] }),
  description: z.string().max(5000).default(''),
  /** How it is handled today (waste collector, supplier…) and what it costs. */
  currentHandling: z.string().max(1000).default(''),
  annualCostEur: z.number().nonnegative('Le coût ne peut pas être négatif').optional(),
  /** Overrides the resource's default reach for matching. */
  maxDistanceKm: z.number().positive('La distance maximale doit être positive').max(500).optional(),
  confidential: z.boolean().default(false),
  /** A waste given or accepted: how it is recovered (R code of the Waste Framework Directive). */
  recoveryOperation: z.enum(RECOVERY_OPERATIONS, { error: 'Opération de valorisation inconnue (R1 à R13)' }).optional(),
  /** A need of hazardous waste: the company is authorised to take it (else it is never matched). */
  acceptsHazardous: z.boolean().optional(),
  /** LER code chosen by the advisor; without it the vocabulary entry's applies (ler/fluxWasteCode). */
  wasteCode: WasteCodeSchema.optional(),
  ...FluxGradeFields,
}).superRefine((f, ctx) => {
  const resource = findResource(f.resourceCode);
  if (resource) for (const i of gradeIssues(resource, f)) ctx.addIssue({ code: 'custom', path: [i.path], message: i.message });
  if (resource && resource.family !== f.family) {
    ctx.addIssue({ code: 'custom', path: ['family'], message: `La ressource ${resource.label} n’est pas de cette famille` });
  }
  if (resource && f.recoveryOperation) {
    const allowed = recoveryOperationsFor(resource);
    if (!allowed.includes(f.recoveryOperation)) {
      ctx.addIssue({
        code: 'custom',
        path: ['recoveryOperation'],
        message: allowed.length
          ? `L’opération ${f.recoveryOperation} ne convient pas à « ${resource.label} » : choisissez parmi ${allowed.join(', ')}`
          : `« ${resource.label} » n’est pas un déchet : pas d’opération de valorisation`,
      });
    }
  }
});
export type Flux = z.infer<typeof FluxSchema>;
export type FluxInput = z.input<typeof FluxSchema>;

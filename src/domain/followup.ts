// The follow-up (« suivi ») of a synergy: a person's decisions about a lead, kept in a synced table
// of its own, keyed by the synergy's deterministic id. Derived synergies may be recomputed,
// rewritten or vanish; a follow-up never does, which is why it carries a snapshot of its synergy.
import { z } from 'zod';
import { FamilySchema } from './families';
import { RecordMetaSchema } from './record';
import { SynergyKindSchema } from './synergy';
import { GainsSchema } from './gains';

/** The pipeline programmes use (PNSI, Aube, CELERO), in order, then the two side states. */
export const FOLLOWUP_PIPELINE = ['proposed', 'retained', 'connected', 'studying', 'implemented'] as const;
export const FOLLOWUP_STATUSES = [...FOLLOWUP_PIPELINE, 'on-hold', 'rejected'] as const;
export const FollowupStatusSchema = z.enum(FOLLOWUP_STATUSES, { error: 'Statut de suivi inconnu' });
export type FollowupStatus = z.infer<typeof FollowupStatusSchema>;
export const FOLLOWUP_STATUS_LABELS: Record<FollowupStatus, string> = {
  proposed: 'Proposée',
  retained: 'Retenue (à étudier)',
  connected: 'Mise en relation',
  studying: 'En étude',
  implemented: 'Mise en œuvre',
  'on-hold': 'En attente',
  rejected: 'Écartée',
};

export const REJECTION_REASONS = [
  'too-far',
  'insufficient-quantity',
  'incompatible-quality',
  'regulatory',
  'no-interest',
  'already-in-place',
  'other',
] as const;
export const RejectionReasonSchema = z.enum(REJECTION_REASONS, { error: 'Motif d’écartement inconnu' });
export type RejectionReason = z.infer<typeof RejectionReasonSchema>;
export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  'too-far': 'Trop loin',
  'insufficient-quantity': 'Quantités insuffisantes',
  'incompatible-quality': 'Qualité incompatible',
  regulatory: 'Contrainte réglementaire',
  'no-interest': 'Pas d’intérêt des entreprises',
  'already-in-place': 'Déjà en place',
  other: 'Autre',
};

export const RejectionSchema = z
  .object({
    reason: RejectionReasonSchema,
    /** Required when the reason is « Autre ». */
    text: z.string().trim().max(500).default(''),
  })
  .refine((r) => r.reason !== 'other' || r.text.length > 0, {
    message: 'Précisez le motif « Autre »',
    path: ['text'],
  });
export type Rejection = z.infer<typeof RejectionSchema>;

/** « En étude » is studied along three axes; each is to do, conclusive or blocking. */
export const STUDY_AXES = ['technical', 'economic', 'regulatory'] as const;
export const STUDY_AXIS_LABELS: Record<(typeof STUDY_AXES)[number], string> = {
  technical: 'Technique',
  economic: 'Économique',
  regulatory: 'Réglementaire',
};

/** French waste-law checks a substitution of waste or by-products goes through. */
export const REGULATORY_CHECKS = ['byProduct', 'endOfWaste', 'wasteRegister', 'agreementSigned'] as const;
export type RegulatoryCheck = (typeof REGULATORY_CHECKS)[number];
export const REGULATORY_CHECK_LABELS: Record<RegulatoryCheck, string> = {
  byProduct: 'Statut de sous-produit (art. L541-4-2 du code de l’environnement)',
  endOfWaste: 'Sortie du statut de déchet (art. L541-4-3)',
  wasteRegister: 'Registre des déchets tenu',
  agreementSigned: 'Convention ou contrat signé',
};
export const CHECK_STATES = ['na', 'todo', 'ok', 'ko'] as const;
export const CheckStateSchema = z.enum(CHECK_STATES, { error: 'État de vérification inconnu' });
export type CheckState = z.infer<typeof CheckStateSchema>;
export const CHECK_STATE_LABELS: Record<CheckState, string> = {
  na: 'Sans objet',
  todo: 'À vérifier',
  ok: 'Conforme / fait',
  ko: 'Bloquant',
};

const Text = (max: number) => z.string().trim().max(max, `${max} caractères au plus`);

/** Append-only: entries are never edited or removed, so concurrent additions merge by id. */
export const HistoryEntrySchema = z.object({
  id: z.string().min(1).max(64),
  at: z.number().int().nonnegative(),
  /** User id, or the device id when nobody is signed in. */
  by: z.string().min(1).max(64),
  byName: Text(120).default(''),
  from: FollowupStatusSchema.nullable(),
  to: FollowupStatusSchema,
  comment: Text(2000).default(''),
  /**
   * What the line records (absent: a status move). `conflict`: written by the server when a status
   * pushed from a device lost a sync conflict (from = the status that lost, to = the one kept);
   * `resolution`: a referent settled that conflict (a move when from ≠ to). See followup-history.ts.
   */
  kind: z.enum(['move', 'conflict', 'resolution']).optional(),
  /** On a conflict line: the moves that did not take effect. */
  lost: z.array(z.string().min(1).max(64)).max(50).optional(),
  /** On a conflict line: the move whose status was kept (absent when the history does not say). */
  won: z.string().min(1).max(64).optional(),
  /** On a resolution line: the conflict line it settles. */
  resolves: z.string().min(1).max(64).optional(),
  /** When the server received it (set by the server, whatever a device sent; followup-authority.ts). */
  receivedAt: z.number().int().nonnegative().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const NoteSchema = z.object({
  id: z.string().min(1).max(64),
  at: z.number().int().nonnegative(),
  by: z.string().min(1).max(64),
  byName: Text(120).default(''),
  text: Text(5000).min(1, 'La note est vide'),
  /** When the server received it (set by the server, whatever a device sent). */
  receivedAt: z.number().int().nonnegative().optional(),
});
export type Note = z.infer<typeof NoteSchema>;

/** Why a lead waits (« Plus tard ») and, optionally, the day it comes back to « À traiter ». */
export const OnHoldSchema = z.object({
  reason: Text(500).min(1, 'Dites pourquoi la remettre à plus tard'),
  /** ISO date (AAAA-MM-JJ): from that day the lead is in « À traiter » again. */
  until: z.iso.date('Date de retour invalide').optional(),
});
export type OnHold = z.infer<typeof OnHoldSchema>;

export const NextActionSchema = z.object({
  text: Text(500).min(1, 'Décrivez la prochaine action'),
  /** ISO date (AAAA-MM-JJ). */
  dueDate: z.iso.date('Date d’échéance invalide').optional(),
  /** A user of the synergy's territories. */
  assigneeId: z.string().max(64).optional(),
  assigneeName: Text(120).default(''),
});
export type NextAction = z.infer<typeof NextActionSchema>;

/**
 * A company's contact as the follow-up keeps it: copied at opening and again when the company is
 * deleted, so the referent still knows whom to call. Lenient (plain text): it is a copy.
 */
export const SnapshotContactSchema = z.object({
  name: Text(120).default(''),
  role: Text(120).default(''),
  email: Text(200).default(''),
  phone: Text(30).default(''),
});
export type SnapshotContact = z.infer<typeof SnapshotContactSchema>;

/** What the synergy was when the follow-up was opened: it outlives the derived synergy. */
export const SynergySnapshotSchema = z.object({
  kind: SynergyKindSchema,
  family: FamilySchema,
  resourceCodes: z.array(z.string().max(64)).min(1).max(50),
  // A territory-wide group purchase may gather hundreds of companies.
  fluxIds: z.array(z.string().max(64)).max(5000).default([]),
  companies: z
    .array(
      z.object({ id: z.string().max(64), name: Text(160), territoryId: z.string().max(64), contact: SnapshotContactSchema.optional() }),
    )
    .min(1)
    .max(5000),
  /** The sentence read aloud; never holds a confidential quantity (the matcher guarantees it). */
  explanation: Text(2000).default(''),
  score: z.number().min(0).max(100).optional(),
  distanceKm: z.number().nonnegative().optional(),
});
export type SynergySnapshot = z.infer<typeof SynergySnapshotSchema>;

export const FOLLOWUP_ORIGINS = ['matching', 'manual', 'workshop'] as const;
export const FollowupOriginSchema = z.enum(FOLLOWUP_ORIGINS);
export type FollowupOrigin = z.infer<typeof FollowupOriginSchema>;
export const FOLLOWUP_ORIGIN_LABELS: Record<FollowupOrigin, string> = {
  matching: 'Proposée par le calcul',
  manual: 'Saisie manuelle',
  workshop: 'Atelier de détection',
};

export const FollowupSchema = RecordMetaSchema.extend({
  /** The synergy's deterministic id (`sub:…`, `mut:…`), or `man:<uuid>` for a manual synergy. */
  synergyId: z.string().min(1).max(80),
  origin: FollowupOriginSchema.default('matching'),
  workshopId: z.string().max(64).optional(),
  /** Territories of the companies involved: every referent of them sees and follows it. */
  territoryIds: z.array(z.string().min(1).max(64)).min(1, 'Territoire requis').max(20),
  status: FollowupStatusSchema.default('proposed'),
  /** Set when (and only when) status is `rejected`. */
  rejection: RejectionSchema.optional(),
  /** Why it waits and until when; set by « Plus tard », cleared when it leaves En attente. */
  onHold: OnHoldSchema.optional(),
  study: z
    .object({ technical: CheckStateSchema, economic: CheckStateSchema, regulatory: CheckStateSchema })
    .default({ technical: 'todo', economic: 'todo', regulatory: 'todo' }),
  checks: z
    .object({
      byProduct: CheckStateSchema,
      endOfWaste: CheckStateSchema,
      wasteRegister: CheckStateSchema,
      agreementSigned: CheckStateSchema,
    })
    .default({ byProduct: 'na', endOfWaste: 'na', wasteRegister: 'na', agreementSigned: 'todo' }),
  nextAction: NextActionSchema.optional(),
  /** Per year. Separate fields so that two people editing expected and realised gains merge. */
  expectedGains: GainsSchema.default({ overrideReason: '' }),
  realisedGains: GainsSchema.default({ overrideReason: '' }),
  history: z.array(HistoryEntrySchema).max(2000).default([]),
  notes: z.array(NoteSchema).max(2000).default([]),
  snapshot: SynergySnapshotSchema,
  /** Who opened it (user id or device id). */
  createdBy: z.string().max(64).default(''),
}).superRefine((f, ctx) => {
  if (f.status === 'rejected' && !f.rejection) {
    ctx.addIssue({ code: 'custom', path: ['rejection'], message: 'Un motif est requis pour écarter une synergie' });
  }
});
export type Followup = z.infer<typeof FollowupSchema>;
export type FollowupInput = z.input<typeof FollowupSchema>;

/** Fields only referents and admins may change; advisors and animators add notes and propose. */
export const REFERENT_ONLY_FIELDS = [
  'status',
  'rejection',
  'onHold',
  'study',
  'checks',
  'nextAction',
  'expectedGains',
  'realisedGains',
  'history',
] as const;

/** Append-only lists: merged by entry id on both device and server, never in conflict. */
export const APPEND_ONLY_FIELDS = ['history', 'notes'] as const;

/**
 * A follow-up's record id from its synergy id: record ids may not hold `:`, and the mapping must
 * be deterministic so that two referents opening the same synergy offline write the same record.
 */
export function followupIdOf(synergyId: string): string {
  return synergyId.replace(/[^0-9A-Za-z_-]/g, '_').slice(0, 64);
}

/** What a referent, animator or advisor types to record a synergy the matcher did not propose. */
export const ManualSynergyInputSchema = z.object({
  kind: SynergyKindSchema,
  family: FamilySchema,
  resourceCodes: z.array(z.string().min(1).max(64)).min(1, 'Choisissez au moins une ressource').max(50),
  companyIds: z
    .array(z.string().min(1).max(64))
    .min(2, 'Choisissez au moins deux entreprises')
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, 'Une entreprise est choisie deux fois'),
  text: Text(2000).default(''),
});
export type ManualSynergyInput = z.input<typeof ManualSynergyInputSchema>;

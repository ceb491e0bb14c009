// A detection workshop (« atelier de détection de synergies »): a half day or a day where 20–40
// companies of a territory, at round tables, say what they offer and what they seek. Synced like
// companies (scoped by its territory); flux entered during it carry its id (provenance).
import { z } from 'zod';
import { RecordMetaSchema } from './record';

export const WORKSHOP_STATES = ['prepared', 'running', 'closed'] as const;
export const WorkshopStateSchema = z.enum(WORKSHOP_STATES, { error: 'État d’atelier inconnu' });
export type WorkshopState = z.infer<typeof WorkshopStateSchema>;
export const WORKSHOP_STATE_LABELS: Record<WorkshopState, string> = {
  prepared: 'Préparé',
  running: 'En cours',
  closed: 'Clos',
};

const Text = (max: number) => z.string().trim().max(max, `${max} caractères au plus`);

export const WorkshopTableSchema = z.object({
  id: z.string().min(1).max(64),
  name: Text(60).min(1, 'Nom de table requis'),
  /** The companies seated at this table. */
  companyIds: z.array(z.string().min(1).max(64)).max(40).default([]),
});
export type WorkshopTable = z.infer<typeof WorkshopTableSchema>;

export const WorkshopSchema = RecordMetaSchema.extend({
  title: Text(160).min(3, 'Titre trop court (3 caractères min.)'),
  /** ISO date (AAAA-MM-JJ). */
  date: z.iso.date('Date invalide'),
  territoryId: z.string({ error: 'Territoire requis' }).min(1, 'Territoire requis').max(64),
  place: Text(200).default(''),
  /** Names of the animators and note-takers. */
  animators: z.array(Text(120).min(1)).max(20).default([]),
  tables: z.array(WorkshopTableSchema).max(20).default([]),
  /** Every participating company (seated at a table or not). */
  companyIds: z.array(z.string().min(1).max(64)).max(200).default([]),
  state: WorkshopStateSchema.default('prepared'),
  /** Set when the workshop is closed and its synergies became follow-up leads. */
  closedAt: z.number().int().nonnegative().optional(),
  notes: Text(5000).default(''),
});
export type Workshop = z.infer<typeof WorkshopSchema>;
export type WorkshopInput = z.input<typeof WorkshopSchema>;

/** What the animator fills in to prepare a workshop. */
export const NewWorkshopSchema = WorkshopSchema.pick({ title: true, date: true, territoryId: true, place: true });
export type NewWorkshop = z.infer<typeof NewWorkshopSchema>;

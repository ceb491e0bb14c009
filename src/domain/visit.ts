// A visit: one advisor's questionnaire session at a company.
import { z } from 'zod';
import { RecordMetaSchema } from './record';

export const VisitSchema = RecordMetaSchema.extend({
  companyId: z.string().min(1, 'Entreprise requise').max(64, 'Entreprise : identifiant trop long'),
  date: z.iso.date('Date de visite invalide'),
  advisor: z.string().trim().max(120).default(''),
  notes: z.string().max(5000).default(''),
  status: z.enum(['in-progress', 'done']).default('in-progress'),
});
export type Visit = z.infer<typeof VisitSchema>;

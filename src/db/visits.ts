// Visits: the questionnaire session an advisor runs at a company (one per day and company).
import { VisitSchema, newId, type Visit } from '../domain';
import { db } from './database';
import { updateSynced, writeSynced } from './synced-write';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The visit of today for this company, started if there is none yet. */
export async function openVisit(companyId: string, advisor = ''): Promise<Visit> {
  const visits = await db().visits.where('companyId').equals(companyId).toArray();
  const existing = visits.find((v) => v.date === today() && !v.deleted);
  if (existing) return VisitSchema.parse(existing);
  const now = Date.now();
  const visit = VisitSchema.parse({ id: newId(), companyId, date: today(), advisor, createdAt: now, updatedAt: now });
  await writeSynced('visits', visit, Object.keys(visit));
  return visit;
}

export async function updateVisit(id: string, patch: Partial<Visit>): Promise<Visit> {
  return updateSynced<Visit>('visits', id, (before) => VisitSchema.parse({ ...before, ...patch, id, rev: before.rev }));
}

export async function listVisits(companyId: string): Promise<Visit[]> {
  const rows = await db().visits.where('companyId').equals(companyId).toArray();
  return rows.filter((v) => !v.deleted).sort((a, b) => b.date.localeCompare(a.date));
}

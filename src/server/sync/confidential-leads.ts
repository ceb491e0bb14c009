// A lead (follow-up) carrying a confidential flux reaches referents only: a company that told its
// need in confidence told it to the programme's referent, not to every account of the territory.
// Applied to every pull page (HTTP and live channel), from the flux as the server holds them now.
import { can } from '../../domain/permissions';
import type { Change } from '../../domain/sync-protocol';
import type { SqlRunner } from '../store/sql';
import { subjectOf, type Scope } from './scope';

const fluxIdsOf = (c: Change): string[] => {
  const snapshot = (c.record as { snapshot?: { fluxIds?: unknown } }).snapshot;
  return Array.isArray(snapshot?.fluxIds) ? snapshot.fluxIds.filter((id): id is string => typeof id === 'string') : [];
};

/** The page's changes without the leads this user may not see (one query per page, none for referents). */
export async function withoutConfidentialLeads(db: SqlRunner, scope: Scope, changes: Change[]): Promise<Change[]> {
  if (can(subjectOf(scope), 'see confidential leads')) return changes;
  const leads = changes.filter((c) => c.table === 'followups');
  const ids = [...new Set(leads.flatMap(fluxIdsOf))];
  if (ids.length === 0) return changes;
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM records WHERE tbl = 'flux' AND id = ANY($1::text[]) AND NOT deleted AND (data->>'confidential')::boolean IS TRUE`,
    [ids],
  );
  if (rows.length === 0) return changes;
  const secret = new Set(rows.map((r) => r.id));
  return changes.filter((c) => c.table !== 'followups' || !fluxIdsOf(c).some((id) => secret.has(id)));
}

// Reading follow-ups: always through an index (status, territory, assignee, due date, synergy),
// never a whole table for a page; rows are validated on the way out (unreadable ones reported).
import type { Collection } from 'dexie';
import {
  FOLLOWUP_STATUSES,
  FollowupSchema,
  followupIdOf,
  groupIdsCoveredBy,
  type Followup,
  type FollowupStatus,
  type Synergy,
} from '../domain';
import { db } from './database';
import { validateRows } from './validated-read';

export async function getFollowup(id: string): Promise<Followup | undefined> {
  const row = await db().followups.get(id);
  if (!row || row.deleted) return undefined;
  return FollowupSchema.parse(row);
}

/**
 * The follow-up of a synergy (derived or manual), if one was opened. A group's follow-up may have
 * been opened when it had other members, or under its old id (domain/group-identity.ts): then it is the
 * follow-up of its territories whose snapshot covers the group, its own anchor first, newest first.
 */
export async function followupOfSynergy(synergy: string | Pick<Synergy, 'id' | 'kind' | 'territoryIds'>): Promise<Followup | undefined> {
  const synergyId = typeof synergy === 'string' ? synergy : synergy.id;
  const byKey = await getFollowup(followupIdOf(synergyId));
  if (byKey?.synergyId === synergyId) return byKey;
  const row = await db().followups.where('synergyId').equals(synergyId).first();
  if (row && !row.deleted) return FollowupSchema.parse(row);
  if (typeof synergy === 'string' || synergy.kind !== 'mutualisation') return undefined;
  let best: { followup: Followup; own: boolean } | undefined;
  await db()
    .followups.where('territoryIds')
    .anyOf([...synergy.territoryIds])
    .filter((f) => !f.deleted && f.snapshot?.kind === 'mutualisation')
    .each((raw) => {
      const parsed = FollowupSchema.safeParse(raw);
      if (!parsed.success) return;
      const covered = groupIdsCoveredBy(parsed.data.snapshot);
      if (!covered.includes(synergyId)) return;
      const own = covered[0] === synergyId;
      if (!best || (own && !best.own) || (own === best.own && parsed.data.updatedAt > best.followup.updatedAt)) {
        best = { followup: parsed.data, own };
      }
    });
  return best?.followup;
}

export interface FollowupQuery {
  /** Follow-ups of any of these territories (all when absent). */
  territoryIds?: readonly string[];
  statuses?: readonly FollowupStatus[];
  assigneeId?: string;
  /** ISO date: next action due on or before it. */
  dueBefore?: string;
  /** `updated` (newest first, default) or `due` (soonest due first, undated last). */
  sort?: 'updated' | 'due';
  offset?: number;
  limit?: number;
}

export interface FollowupPage {
  items: Followup[];
  /** Follow-ups matching the query, all pages together. */
  total: number;
  /** Rows matching the query that no longer fit the schema (kept, not shown). */
  invalid: { id: unknown; error: string }[];
}

const overlaps = (a: readonly string[], b: readonly string[] | undefined) => !b || a.some((t) => b.includes(t));

function matches(f: Followup, q: FollowupQuery): boolean {
  if (f.deleted) return false;
  if (!overlaps(f.territoryIds ?? [], q.territoryIds)) return false;
  if (q.statuses && !q.statuses.includes(f.status)) return false;
  if (q.assigneeId !== undefined && f.nextAction?.assigneeId !== q.assigneeId) return false;
  if (q.dueBefore !== undefined && !(f.nextAction?.dueDate && f.nextAction.dueDate <= q.dueBefore)) return false;
  return true;
}

/** The narrowest index for the query; the other criteria filter what it yields. */
function candidates(q: FollowupQuery): Collection<Followup, string> {
  const table = db().followups;
  if (q.assigneeId !== undefined) return table.where('nextAction.assigneeId').equals(q.assigneeId);
  if (q.dueBefore !== undefined) return table.where('nextAction.dueDate').belowOrEqual(q.dueBefore);
  if (q.statuses) return table.where('status').anyOf([...q.statuses]);
  if (q.territoryIds)
    return table
      .where('territoryIds')
      .anyOf([...q.territoryIds])
      .distinct();
  return table.orderBy('updatedAt').reverse();
}

const byUpdated = (a: Followup, b: Followup) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1);
const byDue = (a: Followup, b: Followup) => {
  const da = a.nextAction?.dueDate ?? '9999';
  const dbb = b.nextAction?.dueDate ?? '9999';
  return da < dbb ? -1 : da > dbb ? 1 : byUpdated(a, b);
};

/** A page of follow-ups matching the filters, with the total for the pager. */
export async function listFollowups(query: FollowupQuery = {}): Promise<FollowupPage> {
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(1, query.limit ?? 50);
  const unfiltered = !query.assigneeId && !query.dueBefore && !query.statuses && !query.territoryIds;
  if (unfiltered && (query.sort ?? 'updated') === 'updated') {
    // The updatedAt index already gives the order: read just the page.
    const live = db()
      .followups.orderBy('updatedAt')
      .reverse()
      .filter((f) => !f.deleted);
    const [total, raw] = await Promise.all([live.clone().count(), live.offset(offset).limit(limit).toArray()]);
    const { rows, invalid } = validateRows(FollowupSchema, raw);
    return { items: rows, total, invalid };
  }
  const raw = await candidates(query)
    .filter((f) => matches(f, query))
    .toArray();
  const { rows, invalid } = validateRows(FollowupSchema, raw);
  rows.sort(query.sort === 'due' ? byDue : byUpdated);
  return { items: rows.slice(offset, offset + limit), total: rows.length, invalid };
}

/**
 * How many follow-ups per status, for the pipeline view: in the given territories, and — so the
 * counters follow the filters — for one assignee and a due date when asked.
 */
export async function countByStatus(
  q: Pick<FollowupQuery, 'territoryIds' | 'assigneeId' | 'dueBefore'> = {},
): Promise<Record<FollowupStatus, number>> {
  const territoryIds = q.territoryIds;
  if (q.assigneeId !== undefined || q.dueBefore !== undefined) {
    // The assignee and due-date indexes are narrow: read those rows once and count them by status.
    const counts = Object.fromEntries(FOLLOWUP_STATUSES.map((s) => [s, 0])) as Record<FollowupStatus, number>;
    await candidates(q)
      .filter((f) => matches(f, q))
      .each((f) => {
        if (f.status in counts) counts[f.status]++;
      });
    return counts;
  }
  const counts = await Promise.all(
    FOLLOWUP_STATUSES.map((status) =>
      db()
        .followups.where('status')
        .equals(status)
        .filter((f) => !f.deleted && overlaps(f.territoryIds ?? [], territoryIds))
        .count(),
    ),
  );
  return Object.fromEntries(FOLLOWUP_STATUSES.map((s, i) => [s, counts[i]!])) as Record<FollowupStatus, number>;
}

/** Decided by default: every status but Proposée. */
const DECIDED: readonly FollowupStatus[] = FOLLOWUP_STATUSES.filter((s) => s !== 'proposed');

/**
 * Synergy ids whose follow-up is in one of these statuses (default: anything but Proposée) — to
 * keep decided synergies out of « À traiter » and hide Écartée ones after a rematch — with the ids
 * of every group a decided group's snapshot covers.
 */
export async function decidedSynergyIds(
  statuses: readonly FollowupStatus[] = DECIDED,
  /** ISO day: a lead En attente until this day or before is back to treat, not decided. */
  backOn?: string,
): Promise<Set<string>> {
  const ids = new Set<string>();
  await db()
    .followups.where('status')
    .anyOf([...statuses])
    .each((f) => {
      if (f.deleted || (backOn !== undefined && isBack(f, backOn))) return;
      ids.add(f.synergyId);
      // A decision on a group holds for the group it became (members joined or left, or it split).
      if (f.snapshot?.kind === 'mutualisation') for (const id of groupIdsCoveredBy(f.snapshot)) ids.add(id);
    });
  return ids;
}

/** A lead put off (« Plus tard ») until a day that has come. */
const isBack = (f: Followup, today: string) => f.status === 'on-hold' && f.onHold?.until !== undefined && f.onHold.until <= today;

/** Leads put off until `today` or before: back in « À traiter », each card saying why it waited. */
export async function followupsBackOn(today: string): Promise<Followup[]> {
  const raw = await db()
    .followups.where('status')
    .equals('on-hold')
    .filter((f) => !f.deleted && isBack(f, today))
    .toArray();
  return validateRows(FollowupSchema, raw).rows;
}

// What the server adds to a push for follow-ups: roles (advisors and animators propose and add
// notes; referents and admins decide), history and notes merged as append-only unions (never a
// conflict), two devices opening the same synergy offline merged as one, and the territories a
// follow-up belongs to. Everything else (status, gains…) goes through the per-field merge.
import { z } from 'zod';
import { formatZodError } from '../../domain/errors';
import { APPEND_ONLY_FIELDS, FollowupSchema, HistoryEntrySchema, NoteSchema, REFERENT_ONLY_FIELDS } from '../../domain/followup';
import { mergeAppendOnly, roleRefusal } from '../../domain/followup-rules';
import { can } from '../../domain/permissions';
import { refusal, type Refusal } from '../../domain/refusals';
import type { Mutation } from '../../domain/sync-protocol';
import { sameValue, type MergeResult } from './merge';
import type { RecordRow } from './records-repo';
import { subjectOf, type Scope } from './scope';

type Row = Record<string, unknown>;
type Entry = { id: string; at: number; from?: unknown; to?: unknown };
type AppendOnlyField = (typeof APPEND_ONLY_FIELDS)[number];

export interface FollowupPlan {
  /** The mutation without its append-only lists, for the per-field merge. */
  mutation: Mutation;
  /** History and notes entries the device sent, merged as unions afterwards. */
  append: Partial<Record<AppendOnlyField, Entry[]>>;
}

const ENTRY_LISTS = {
  history: z.array(HistoryEntrySchema).max(2000, '2000 entrées d’historique au plus'),
  notes: z.array(NoteSchema).max(2000, '2000 notes au plus'),
};

/** Set once, when the follow-up is opened. */
const IMMUTABLE_FIELDS = ['synergyId', 'origin', 'territoryIds', 'createdAt', 'createdBy'] as const;
const IMMUTABLE_REFUSAL: Record<(typeof IMMUTABLE_FIELDS)[number], string> = {
  synergyId: 'La synergie suivie ne peut pas changer',
  origin: 'L’origine d’un suivi ne peut pas changer',
  territoryIds: 'Les territoires d’un suivi ne peuvent pas changer',
  createdAt: 'La date de création d’un suivi ne peut pas changer',
  createdBy: 'L’auteur d’un suivi ne peut pas changer',
};

/** The values a freshly opened follow-up has: a device that only opened it changed none of them. */
const OPENING: Row = {
  status: 'proposed',
  study: FollowupSchema.shape.study.parse(undefined),
  checks: FollowupSchema.shape.checks.parse(undefined),
  expectedGains: FollowupSchema.shape.expectedGains.parse(undefined),
  realisedGains: FollowupSchema.shape.realisedGains.parse(undefined),
};

const decides = (scope: Scope, territoryIds: readonly string[]) => can(subjectOf(scope), 'decide followup', { territoryIds });
const cleared = (value: unknown) => (value === null ? undefined : value);
/** The one history entry anybody may write: opening the follow-up (nothing → Proposée). */
const isOpening = (e: Entry) => e.from === null && e.to === 'proposed';

/** Checks a follow-up mutation against the roles and splits off its append-only lists. */
export function planFollowup(m: Mutation, current: RecordRow | undefined, scope: Scope): FollowupPlan | Refusal {
  const patch: Row = { ...m.patch };
  const append: FollowupPlan['append'] = {};
  for (const field of APPEND_ONLY_FIELDS) {
    if (!(field in patch)) continue;
    const parsed = ENTRY_LISTS[field].safeParse(cleared(patch[field]) ?? []);
    if (!parsed.success) return refusal('invalid', formatZodError(parsed.error));
    append[field] = parsed.data;
    delete patch[field];
  }
  if (current) {
    // Opened on this device while another had opened it too: one follow-up, what was set kept.
    if (m.baseRev === 0) {
      for (const f of IMMUTABLE_FIELDS) delete patch[f];
      for (const [f, value] of Object.entries(OPENING)) if (sameValue(patch[f], value)) delete patch[f];
      for (const f of ['rejection', 'nextAction']) if (cleared(patch[f]) === undefined) delete patch[f];
      delete patch.snapshot;
    }
    const moved = IMMUTABLE_FIELDS.find((f) => f in patch && !sameValue(cleared(patch[f]), current.data[f]));
    if (moved) return refusal('immutable-field', IMMUTABLE_REFUSAL[moved]);
  }
  if (!decides(scope, territoriesOfRecord(current, patch))) {
    const refused = roleCheck(patch, append, m, current);
    if (refused) return refusal('role-forbidden', refused);
  }
  return { mutation: { ...m, patch }, append };
}

/** The territories the decision is about: the stored record's, else those the new one claims. */
function territoriesOfRecord(current: RecordRow | undefined, patch: Row): readonly string[] {
  const ids = current?.data.territoryIds ?? patch.territoryIds;
  return Array.isArray(ids) ? ids.filter((t): t is string => typeof t === 'string') : [];
}

/** Advisors and animators: open a follow-up Proposée and add notes, nothing else. */
function roleCheck(patch: Row, append: FollowupPlan['append'], m: Mutation, current: RecordRow | undefined): string | undefined {
  const before: Row = current?.data ?? OPENING;
  if (m.op === 'delete' || (patch.deleted === true && before.deleted !== true)) {
    return 'Seuls les référents et les administrateurs peuvent supprimer un suivi';
  }
  // Restoring undoes a deletion; an edit that did not know of it is a conflict instead (merge.ts).
  // Opening the synergy again may bring back a mere proposal, never a decided follow-up.
  const deletedAt = current?.fieldRevs.deleted?.rev ?? 0;
  if (patch.deleted === false && before.deleted === true && deletedAt <= m.baseRev && before.status !== 'proposed') {
    return 'Seuls les référents et les administrateurs peuvent rétablir un suivi supprimé';
  }
  for (const field of REFERENT_ONLY_FIELDS) {
    if (field === 'history' || !(field in patch)) continue;
    if (!sameValue(cleared(patch[field]), before[field])) return roleRefusal(field);
  }
  const known = new Set(((current?.data.history as Entry[] | undefined) ?? []).map((e) => e.id));
  if ((append.history ?? []).some((e) => !known.has(e.id) && !isOpening(e))) return roleRefusal('history');
  return undefined;
}

/**
 * After the per-field merge: append the entries as unions (never a conflict), and keep a status
 * and its rejection reason together — when the status conflicts, the reason sent with it waits too.
 */
export function finishFollowupMerge(
  merged: MergeResult,
  plan: FollowupPlan,
  current: RecordRow | undefined,
  newRev: number,
  clientId: string,
): MergeResult {
  const data = { ...merged.data };
  const fieldRevs = { ...merged.fieldRevs };
  const conflicts = [...merged.conflicts];
  let changed = merged.changed;
  for (const field of APPEND_ONLY_FIELDS) {
    const sent = plan.append[field];
    if (!sent) continue;
    const before = (data[field] as Entry[] | undefined) ?? [];
    const union = mergeAppendOnly(before, sent);
    if (current && sameValue(union, before)) continue;
    data[field] = union;
    fieldRevs[field] = { rev: newRev, client: clientId };
    changed = true;
  }
  if (current && conflicts.includes('status') && 'rejection' in plan.mutation.patch && !conflicts.includes('rejection')) {
    data.rejection = current.data.rejection;
    if (current.fieldRevs.rejection) fieldRevs.rejection = current.fieldRevs.rejection;
    else delete fieldRevs.rejection;
    conflicts.push('rejection');
  }
  return { data, fieldRevs, conflicts, changed };
}

/** Where a follow-up belongs: every territory of its companies (the first one in territory_id). */
export function followupOwner(data: Row): { territoryId: string; territoryIds: string[]; companyId: null } {
  const territoryIds = [...new Set(data.territoryIds as string[])];
  return { territoryId: territoryIds[0]!, territoryIds, companyId: null };
}

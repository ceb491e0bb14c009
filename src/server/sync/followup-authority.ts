// The server is the authority on a follow-up's facts. What a device sends about them is a claim:
// the territories come from the companies as the server knows them, the author of a history line or
// note (and when it arrived) from the session, and the append-only lists stay within their limits.
import { FOLLOWUP_STATUS_LABELS, SynergySnapshotSchema, type HistoryEntry, type Note } from '../../domain/followup';
import { FOLLOWUP_LIMITS, limitRefusal } from '../../domain/followup-limits';
import { canTransition } from '../../domain/followup-rules';
import { can } from '../../domain/permissions';
import { isRefusal, refusal, type Refusal } from '../../domain/refusals';
import type { Mutation } from '../../domain/sync-protocol';
import type { BatchContext } from './batch-context';
import { planFollowup, type FollowupPlan } from './followup-rules';
import type { RecordRow } from './records-repo';
import { subjectOf, type Scope } from './scope';

type Row = Record<string, unknown>;

/**
 * The follow-up's plan with the server's facts in it, or a refusal (French sentence and code).
 * `now` is the arrival time stamped on new entries.
 */
export async function planWithAuthority(
  batch: BatchContext,
  m: Mutation,
  current: RecordRow | undefined,
  scope: Scope,
  now: number,
): Promise<FollowupPlan | Refusal> {
  const derived = current ? keptCompanies(m, current) : await withDerivedTerritories(batch, m, scope, now);
  if (isRefusal(derived)) return derived;
  // A record dated in the future would sort above every other « mis à jour » for ever.
  const updatedAt = derived.patch.updatedAt;
  const facts = typeof updatedAt === 'number' && updatedAt > now ? { ...derived, patch: { ...derived.patch, updatedAt: now } } : derived;
  const plan = planFollowup(facts, current, scope);
  if (isRefusal(plan)) return plan;
  const claimed = current?.data.territoryIds ?? facts.patch.territoryIds;
  const territoryIds = Array.isArray(claimed) ? claimed.filter((t): t is string => typeof t === 'string') : [];
  const decides = can(subjectOf(scope), 'decide followup', { territoryIds });
  return vouchEntries(plan, current, scope, decides, now);
}

/** Companies the snapshot names, when it is shaped like one (the schema refuses it otherwise). */
function snapshotCompanies(patch: Row): Row[] | undefined {
  const companies = (patch.snapshot as Row | undefined)?.companies;
  if (!Array.isArray(companies) || companies.length === 0) return undefined;
  return companies.every((c) => typeof c === 'object' && c !== null && typeof (c as Row).id === 'string')
    ? (companies as Row[])
    : undefined;
}

/**
 * A new follow-up: its territories are those of its companies on the server (a company the server
 * does not know yet is refused until it arrives), each company named and placed as the server has
 * it, and it was opened by the session's user, no later than now.
 */
async function withDerivedTerritories(batch: BatchContext, m: Mutation, scope: Scope, now: number): Promise<Mutation | Refusal> {
  const companies = snapshotCompanies(m.patch);
  if (m.op !== 'upsert' || !companies) return m;
  const territories = new Set<string>();
  const placed: Row[] = [];
  for (const company of companies) {
    const known = await batch.record('companies', String(company.id));
    if (!known) return refusal('company-unknown', `Entreprise inconnue du serveur : ${String(company.id)} (envoyez d’abord l’entreprise)`);
    territories.add(known.territoryId);
    const name = typeof known.data.name === 'string' ? known.data.name.slice(0, 160) : company.name;
    placed.push({ ...company, name, territoryId: known.territoryId });
  }
  const snapshot = { ...(m.patch.snapshot as Row), companies: placed };
  // Measured as it would be stored (unknown keys dropped); a malformed one is refused by the schema.
  const stored = SynergySnapshotSchema.safeParse(snapshot);
  if (stored.success && JSON.stringify(stored.data).length > FOLLOWUP_LIMITS.snapshotChars) {
    return refusal(
      'limit-reached',
      `Limite atteinte : ${FOLLOWUP_LIMITS.snapshotChars.toLocaleString('fr-FR').replace(/\s/g, ' ')} caractères pour la synergie d’un suivi`,
    );
  }
  const createdAt = typeof m.patch.createdAt === 'number' ? Math.min(m.patch.createdAt, now) : now;
  const patch: Row = {
    ...m.patch,
    territoryIds: [...territories].sort(),
    snapshot,
    createdBy: scope.userId,
    createdAt,
  };
  return { ...m, patch };
}

/**
 * An opened follow-up keeps its companies and kind: a device may refresh a company's name and
 * contact in the snapshot (before deleting the company), never swap companies or move them.
 */
function keptCompanies(m: Mutation, current: RecordRow): Mutation | Refusal {
  const sent = m.patch.snapshot as Row | undefined;
  const stored = current.data.snapshot as Row | undefined;
  const companies = snapshotCompanies(m.patch);
  // A second device opening it offline sends its own snapshot, which planFollowup sets aside.
  if (m.baseRev === 0 || !sent || typeof sent !== 'object' || !stored || !companies) return m;
  const storedCompanies = (stored.companies as Row[] | undefined) ?? [];
  const key = (list: Row[]) =>
    list
      .map((c) => String(c.id))
      .sort()
      .join('\n');
  if (key(companies) !== key(storedCompanies) || sent.kind !== stored.kind) {
    return refusal('immutable-field', 'Les entreprises et la nature d’une synergie suivie ne peuvent pas changer');
  }
  const placeOf = new Map(storedCompanies.map((c) => [String(c.id), c.territoryId]));
  const placed = companies.map((c) => ({ ...c, territoryId: placeOf.get(String(c.id)) }));
  return { ...m, patch: { ...m.patch, snapshot: { ...sent, companies: placed } } };
}

/** A stored list: validated when it was written (every record is parsed before it is saved). */
const storedList = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The earliest a new history line may be dated: the follow-up's opening, never before it. */
function historyFloor(stored: readonly HistoryEntry[], current: RecordRow | undefined, plan: FollowupPlan): number {
  const first = stored.reduce((min, e) => Math.min(min, e.at), Infinity);
  if (Number.isFinite(first)) return first;
  const createdAt = current?.data.createdAt ?? plan.mutation.patch.createdAt;
  return typeof createdAt === 'number' ? createdAt : 0;
}

/**
 * New history lines and notes carry the session's user as author and the arrival time; entries
 * the server already holds keep the server's version. A device may not add « Ouverte »
 * lines opening a follow-up twice; a move that cannot happen is refused (and a conflict line, which
 * only the server writes, by followup-outcome.ts).
 */
function vouchEntries(
  plan: FollowupPlan,
  current: RecordRow | undefined,
  scope: Scope,
  decides: boolean,
  now: number,
): FollowupPlan | Refusal {
  const stamp = { by: scope.userId, byName: (scope.name ?? '').slice(0, 120), receivedAt: now };
  const storedHistory = storedList<HistoryEntry>(current?.data.history);
  const storedNotes = storedList<Note>(current?.data.notes);
  const floor = Math.min(historyFloor(storedHistory, current, plan), now);
  // Ids already held, and those taken by this push: a repeated id is the same entry, kept once.
  const knownHistory = new Set(storedHistory.map((e) => e.id));
  const knownNotes = new Set(storedNotes.map((e) => e.id));
  const append: { history?: HistoryEntry[]; notes?: Note[] } = {};

  if (plan.append.history) {
    const fresh: HistoryEntry[] = [];
    let opened = current !== undefined;
    for (const sent of plan.append.history as HistoryEntry[]) {
      if (knownHistory.has(sent.id)) continue;
      knownHistory.add(sent.id);
      if (sent.from === null) {
        if (sent.to !== 'proposed') return refusal('invalid', 'Historique : un suivi s’ouvre à « Proposée »');
        // Opened once: a second « Ouverte » line, or one sent to a follow-up already open, is dropped.
        if (opened) continue;
        opened = true;
      } else if ((sent.kind ?? 'move') === 'move' && !canTransition(sent.from, sent.to)) {
        return refusal(
          'invalid',
          `Historique : passage de « ${FOLLOWUP_STATUS_LABELS[sent.from]} » à « ${FOLLOWUP_STATUS_LABELS[sent.to]} » impossible`,
        );
      }
      // A move comes after the opening: one dated earlier is placed just after it.
      const earliest = sent.from === null ? floor : floor + 1;
      fresh.push({ ...sent, ...stamp, at: Math.min(Math.max(sent.at, earliest), now) });
    }
    append.history = fresh;
  }
  if (plan.append.notes) {
    const fresh: Note[] = [];
    for (const sent of plan.append.notes as Note[]) {
      if (knownNotes.has(sent.id)) continue;
      knownNotes.add(sent.id);
      fresh.push({ ...sent, ...stamp, at: Math.min(sent.at, now) });
    }
    append.notes = fresh;
  }

  const limited = limitRefusal(
    {
      history: [...storedHistory, ...(append.history ?? [])],
      notes: [...storedNotes, ...(append.notes ?? [])],
      addedHistory: append.history?.length ?? 0,
      addedNotes: append.notes?.length ?? 0,
    },
    scope.userId,
    decides,
  );
  if (limited) return limited;
  return { ...plan, append: { ...plan.append, ...append } };
}

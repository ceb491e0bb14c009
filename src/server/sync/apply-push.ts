// Applies a push batch: each mutation once, in order, in one transaction, scoped to the user.
import { formatZodError } from '../../domain/errors';
import { isRefusal, refusal, type Refusal } from '../../domain/refusals';
import { cleanPatch, RECORD_SCHEMAS, type Mutation, type MutationResult, type PushRequest } from '../../domain/sync-protocol';
import type { Sql, SqlRunner } from '../store/sql';
import { BatchContext } from './batch-context';
import { foldTwin } from './flux-dedupe';
import { keepFirstClose } from './workshop-close';
import { planWithAuthority } from './followup-authority';
import { finishFollowupMerge, followupOwner, type FollowupPlan } from './followup-rules';
import { forgedConflictLine, settleFollowupStatus } from './followup-outcome';
import { logChange } from './change-log';
import { mergeMutation } from './merge';
import { moveCompanyChildren, saveRecord, territoriesOfRow, type RecordRow } from './records-repo';
import { mayAccessAny, type Scope } from './scope';
import { recordCompanyExit } from './territory-exits';

/** Raised when every mutation of a push targets territories the user lacks: nothing is applied. */
export class ForbiddenPush extends Error {}

export const FORBIDDEN_MESSAGE = 'Territoire non autorisé pour ce compte';

interface Outcome {
  result: MutationResult;
  forbidden?: boolean;
}

const rejected = (m: Mutation, { code, error }: Refusal): Outcome => ({
  result: { mutationId: m.mutationId, status: 'rejected', error, code },
  forbidden: code === 'territory-forbidden',
});
const FORBIDDEN = refusal('territory-forbidden', FORBIDDEN_MESSAGE);

export async function applyPush(sql: Sql, scope: Scope, push: PushRequest): Promise<MutationResult[]> {
  return sql.transaction(async (tx) => {
    // One writer at a time: revisions then commit in the order they are taken, so a pull that has
    // seen rev N can never later miss a smaller revision committed behind it.
    await tx.query('SELECT pg_advisory_xact_lock(1)');
    // Known fields only, text a store can hold: before anything reads the patches (even SQL lookups).
    const mutations = push.mutations.map((m) => ({ ...m, patch: cleanPatch(m.table, m.patch) }));
    const batch = await BatchContext.load(tx, scope.userId, mutations);
    const outcomes: Outcome[] = [];
    for (const m of mutations) outcomes.push(await applyOne(tx, batch, scope, push.clientId, m));
    if (outcomes.length > 0 && outcomes.every((o) => o.forbidden)) throw new ForbiddenPush(FORBIDDEN_MESSAGE);
    await batch.flush(push.clientId, scope.userId);
    return outcomes.map((o) => o.result);
  });
}

async function applyOne(tx: SqlRunner, batch: BatchContext, scope: Scope, clientId: string, m: Mutation): Promise<Outcome> {
  const earlier = batch.appliedResult(m.mutationId);
  if (earlier) {
    // A conflict is answered again in full: the first answer may never have reached the device.
    if (earlier.status === 'conflict') return { result: earlier };
    if (earlier.status === 'applied' || earlier.status === 'duplicate') {
      return { result: { mutationId: m.mutationId, status: 'duplicate', rev: earlier.rev } };
    }
  }
  const current = await batch.record(m.table, m.recordId);
  if (current && !mayAccessAny(scope, territoriesOfRow(current))) return rejected(m, FORBIDDEN);

  // Follow-ups: the server's facts (territories, authors), roles checked, history and notes set
  // aside to be merged as unions.
  let plan: FollowupPlan | undefined;
  if (m.table === 'followups') {
    const planned = await planWithAuthority(batch, m, current, scope, Date.now());
    if (isRefusal(planned)) return rejected(m, planned);
    const forged = forgedConflictLine(planned, current);
    if (forged) return rejected(m, forged);
    plan = planned;
  }
  const rev = batch.nextRev();
  // Two devices closing the same workshop agree (workshop-close.ts): the first closing time stays.
  let merged = mergeMutation({ ...(plan?.mutation ?? keepFirstClose(m, current)), current, clientId, newRev: rev });
  if (plan) merged = finishFollowupMerge(merged, plan, current, rev, clientId);
  if (plan) merged = settleFollowupStatus(merged, plan, current, scope.userId, Date.now());
  if (!merged.changed && current) {
    const result: MutationResult =
      merged.conflicts.length > 0
        ? { mutationId: m.mutationId, status: 'conflict', fields: merged.conflicts, server: current.data, rev: current.rev }
        : { mutationId: m.mutationId, status: 'applied', rev: current.rev };
    batch.remember(result);
    return { result };
  }
  const parsed = RECORD_SCHEMAS[m.table].safeParse({ ...merged.data, rev });
  if (!parsed.success) return rejected(m, refusal('invalid', formatZodError(parsed.error)));
  let data = parsed.data as Record<string, unknown>;

  const owner = await ownerOf(batch, m.table, data);
  if (isRefusal(owner)) return rejected(m, owner);
  if (!mayAccessAny(scope, owner.territoryIds ?? [owner.territoryId])) return rejected(m, FORBIDDEN);

  // Cards never double (flux-dedupe.ts): a card already on the server absorbs its twin.
  if (m.table === 'flux' && (!current || current.data.deleted === true)) {
    const folded = await foldTwin(tx, data, clientId);
    if (folded) {
      data = folded.tombstone;
      batch.wrote('flux', folded.twin);
    }
  }
  const row: RecordRow = { data, rev, fieldRevs: merged.fieldRevs, ...owner };
  await saveRecord(tx, m.table, row);
  // Who, from which device, when it arrived, which fields: from the session, in this transaction.
  await logChange(
    tx,
    { rev, table: m.table, recordId: m.recordId, userId: scope.userId, clientId, before: current?.data, after: data },
    Date.now(),
  );
  batch.wrote(m.table, row);
  if (m.table === 'companies' && current && current.territoryId !== owner.territoryId) {
    await recordCompanyExit(tx, m.recordId, current.territoryId);
    await moveCompanyChildren(tx, m.recordId, owner.territoryId);
    batch.forgetChildren();
  }
  const result: MutationResult =
    merged.conflicts.length > 0
      ? { mutationId: m.mutationId, status: 'conflict', fields: merged.conflicts, server: data, rev }
      : { mutationId: m.mutationId, status: 'applied', rev };
  batch.remember(result);
  return { result };
}

/**
 * The territory a record belongs to: its own for a company, its company's for a flux or visit,
 * those of its companies for a follow-up.
 */
async function ownerOf(
  batch: BatchContext,
  table: Mutation['table'],
  data: Record<string, unknown>,
): Promise<{ territoryId: string; territoryIds?: string[]; companyId: string | null } | Refusal> {
  // A company and a workshop belong to their own territory; a flux or visit to its company's.
  if (table === 'companies' || table === 'workshops') return { territoryId: String(data.territoryId), companyId: null };
  if (table === 'followups') return followupOwner(data);
  const companyId = String(data.companyId);
  const company = await batch.record('companies', companyId);
  // Rejections are not remembered: once the company has arrived, a retry succeeds.
  if (!company) return refusal('company-unknown', `Entreprise inconnue du serveur : ${companyId} (envoyez d’abord l’entreprise)`);
  return { territoryId: company.territoryId, companyId };
}

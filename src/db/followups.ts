// Writing follow-ups of synergies (« suivi »): open one for a proposed synergy, record a manual one,
// change its status, add notes, set the next action, gains, study and checks. Every write goes
// through synced-write (record + outbox entry in one transaction) and checks the actor's role here
// too, so the screens can say no before the server does. Reads live in followup-queries.ts.
import {
  FollowupRuleError,
  FollowupSchema,
  GainsSchema,
  ManualSynergyInputSchema,
  NextActionSchema,
  NoteSchema,
  applyTransition,
  assertMayChange,
  can,
  findResource,
  followupIdOf,
  formatZodError,
  newId,
  postpone,
  snapshotOf,
  territoriesOf,
  type Actor,
  type CheckState,
  type Followup,
  type FollowupOrigin,
  type FollowupStatus,
  type Gains,
  type ManualSynergyInput,
  type NextAction,
  type RegulatoryCheck,
  type Rejection,
  type SynergySnapshot,
  type Synergy,
} from '../domain';
import type { z } from 'zod';
import { limitRefusal } from '../domain/followup-limits';
// eslint-disable-next-line layers/import-direction -- follow-up writes stamp the signed-in author and device id
import { clientId, signedInUser } from '../sync/session';
import { db } from './database';
import { followupOfSynergy } from './followup-queries';
import { updateSynced, writeSynced } from './synced-write';

export * from './followup-queries';
export type { Actor } from '../domain';

/** The signed-in user (even with an expired session), else this device with full local rights. */
export async function currentActor(): Promise<Actor> {
  const user = await signedInUser();
  if (user) return { id: user.id, name: user.name, role: user.role };
  return { id: await clientId(), name: 'Cet appareil', role: null };
}

/** Parses with a schema, turning its issues into one French sentence (FollowupRuleError). */
function parseOr<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new FollowupRuleError(formatZodError(parsed.error));
  return parsed.data;
}

/** Read-modify-write of one follow-up; the result is validated before anything is written. */
async function updateFollowup(
  id: string,
  build: (before: Followup) => Followup,
  op: 'upsert' | 'delete' = 'upsert',
  evenDeleted = false,
): Promise<Followup> {
  const after = await updateSynced<Followup>(
    'followups',
    id,
    (raw) => {
      if (raw.deleted && !evenDeleted) throw new FollowupRuleError('Ce suivi a été supprimé');
      return parseOr(FollowupSchema, build(parseOr(FollowupSchema, raw)));
    },
    op,
  ).catch((error: unknown) => {
    if (error instanceof Error && error.message === 'Enregistrement introuvable') throw new FollowupRuleError('Suivi introuvable');
    throw error;
  });
  return FollowupSchema.parse(after);
}

function openingEntry(actor: Actor, at: number) {
  return { id: newId(at), at, by: actor.id, byName: actor.name.slice(0, 120), from: null, to: 'proposed' as const, comment: '' };
}

async function createFollowup(
  actor: Actor,
  fields: { id: string; synergyId: string; origin: FollowupOrigin; snapshot: SynergySnapshot; territoryIds: string[]; workshopId?: string },
): Promise<Followup> {
  const now = Date.now();
  const followup = parseOr(FollowupSchema, {
    ...fields,
    status: 'proposed',
    history: [openingEntry(actor, now)],
    createdBy: actor.id,
    createdAt: now,
    updatedAt: now,
    rev: 0,
    deleted: false,
  });
  return writeSynced('followups', followup, Object.keys(followup));
}

async function companiesById(ids: readonly string[]) {
  const rows = await db().companies.bulkGet([...ids]);
  return new Map(rows.filter((c) => c !== undefined && !c.deleted).map((c) => [c!.id, c!]));
}

/**
 * The follow-up of a derived synergy, created (Proposée, with a snapshot) the first time. Its id
 * comes from the synergy's, so two devices opening the same synergy offline write one record.
 */
export async function openFollowup(
  synergy: Synergy,
  actor: Actor,
  origin: FollowupOrigin = 'matching',
  /** The detection workshop a lead comes from (origin `workshop`). */
  workshopId?: string,
): Promise<Followup> {
  const id = followupIdOf(synergy.id);
  const database = db();
  return database.transaction('rw', [database.followups, database.companies, database.outbox], async () => {
    // A group decided when it had other members (or under its old id) keeps that follow-up.
    const covering = await followupOfSynergy(synergy);
    if (covering) return covering;
    const existing = await database.followups.get(id);
    if (existing) return updateFollowup(id, (f) => ({ ...f, deleted: false }), 'upsert', true);
    const snapshot = snapshotOf(synergy, await companiesById(synergy.companyIds));
    const territoryIds = territoriesOf(snapshot, synergy.territoryIds);
    return createFollowup(actor, { id, synergyId: synergy.id, origin, snapshot, territoryIds, ...(workshopId ? { workshopId } : {}) });
  });
}

/** A synergy the matcher did not propose, typed by a person; it follows the same pipeline. */
export async function createManualSynergy(input: ManualSynergyInput, actor: Actor): Promise<Followup> {
  const manual = parseOr(ManualSynergyInputSchema, input);
  const unknown = manual.resourceCodes.find((code) => !findResource(code));
  if (unknown) throw new FollowupRuleError(`Ressource inconnue : ${unknown}`);
  const database = db();
  return database.transaction('rw', [database.followups, database.companies, database.outbox], async () => {
    const companies = await companiesById(manual.companyIds);
    const missing = manual.companyIds.find((id) => !companies.has(id));
    if (missing) throw new FollowupRuleError(`Entreprise introuvable sur cet appareil : ${missing}`);
    const snapshot: SynergySnapshot = {
      kind: manual.kind,
      family: manual.family,
      resourceCodes: manual.resourceCodes,
      fluxIds: [],
      companies: manual.companyIds.map((id) => {
        const c = companies.get(id)!;
        return { id, name: c.name.slice(0, 160), territoryId: c.territoryId };
      }),
      explanation: manual.text,
    };
    const synergyId = `man:${newId()}`;
    const id = followupIdOf(synergyId);
    return createFollowup(actor, { id, synergyId, origin: 'manual', snapshot, territoryIds: territoriesOf(snapshot) });
  });
}

export interface StatusChange {
  comment?: string;
  rejection?: { reason: Rejection['reason']; text?: string };
  /** « Plus tard »: why, and the day it comes back to « À traiter » (optional). */
  onHold?: { reason: string; until?: string };
}

/** Moves a follow-up along the pipeline (referents and admins), recording who, when and why. */
export async function changeStatus(id: string, to: FollowupStatus, actor: Actor, change: StatusChange = {}): Promise<Followup> {
  assertMayChange(actor, ['status']);
  return updateFollowup(id, (f) => applyTransition(f, to, { actor, at: Date.now(), ...change }));
}

/** « Plus tard » again on a lead already waiting: a new reason or return day. */
export async function postponeFollowup(id: string, onHold: { reason: string; until?: string }, actor: Actor): Promise<Followup> {
  assertMayChange(actor, ['onHold']);
  return updateFollowup(id, (f) => postpone(f, onHold));
}

/** Anyone of the territory may add a note; notes are never edited, so they always merge. */
export async function addNote(id: string, text: string, actor: Actor): Promise<Followup> {
  const at = Date.now();
  const note = parseOr(NoteSchema, { id: newId(at), at, by: actor.id, byName: actor.name.slice(0, 120), text });
  return updateFollowup(id, (f) => {
    // Said here rather than after a refused sync: the server holds the same limits.
    const notes = [...f.notes, note];
    // The actor carries no territories here: the role decides (the follow-up is one of theirs).
    const decides = can({ role: actor.role, territoryIds: [] }, 'decide followup');
    const refused = limitRefusal({ history: f.history, notes, addedHistory: 0, addedNotes: 1 }, actor.id, decides);
    if (refused) throw new FollowupRuleError(refused.error);
    return { ...f, notes };
  });
}

/** Sets or clears (undefined) the next action, its due date and assignee. */
export async function setNextAction(id: string, next: z.input<typeof NextActionSchema> | undefined, actor?: Actor): Promise<Followup> {
  assertMayChange(actor ?? (await currentActor()), ['nextAction']);
  const parsed: NextAction | undefined = next === undefined ? undefined : parseOr(NextActionSchema, next);
  return updateFollowup(id, (f) => {
    const { nextAction: _old, ...rest } = f;
    return parsed ? { ...rest, nextAction: parsed } : rest;
  });
}

/** Replaces the expected or realised gains (each a field of its own, so both merge). */
export async function setGains(
  id: string,
  which: 'expectedGains' | 'realisedGains',
  gains: z.input<typeof GainsSchema>,
  actor?: Actor,
): Promise<Followup> {
  assertMayChange(actor ?? (await currentActor()), [which]);
  const parsed: Gains = parseOr(GainsSchema, gains);
  return updateFollowup(id, (f) => ({ ...f, [which]: parsed }));
}

/** Updates some axes of the study (technical, economic, regulatory). */
export async function setStudy(id: string, partial: Partial<Followup['study']>, actor?: Actor): Promise<Followup> {
  assertMayChange(actor ?? (await currentActor()), ['study']);
  return updateFollowup(id, (f) => ({ ...f, study: { ...f.study, ...partial } }));
}

/** Updates some of the French regulatory checks. */
export async function setChecks(id: string, partial: Partial<Record<RegulatoryCheck, CheckState>>, actor?: Actor): Promise<Followup> {
  assertMayChange(actor ?? (await currentActor()), ['checks']);
  return updateFollowup(id, (f) => ({ ...f, checks: { ...f.checks, ...partial } }));
}

/** Deletes a follow-up (a manual synergy typed by mistake, say) as a tombstone that can be undone. */
export async function deleteFollowup(id: string, actor: Actor): Promise<Followup> {
  assertMayDelete(actor);
  return updateFollowup(id, (f) => ({ ...f, deleted: true }), 'delete');
}

/** Undoes deleteFollowup. */
export async function restoreFollowup(id: string, actor: Actor): Promise<Followup> {
  assertMayDelete(actor);
  return updateFollowup(id, (f) => ({ ...f, deleted: false }), 'upsert', true);
}

function assertMayDelete(actor: Actor): void {
  if (!can({ role: actor.role, territoryIds: [] }, 'delete followup')) {
    throw new FollowupRuleError('Seuls les référents et les administrateurs peuvent supprimer un suivi');
  }
}

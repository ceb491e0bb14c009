// Pure rules of a follow-up: which status changes are allowed and what they record, CO2e from the
// factor table, the append-only merge of history and notes, who may change what, and the snapshot
// taken of a derived synergy. Shared by the app and the server; no storage, no clock of its own.
import { CO2_FACTORS, type Co2Factor, type Co2FactorId } from './co2-factors';
import type { Gains } from './gains';
import { newId } from './ids';
import { can } from './permissions';
import type { Role } from './user';
import type { Synergy } from './synergy';
import {
  FOLLOWUP_PIPELINE,
  FOLLOWUP_STATUS_LABELS,
  REFERENT_ONLY_FIELDS,
  OnHoldSchema,
  RejectionSchema,
  type Followup,
  type OnHold,
  type FollowupStatus,
  type HistoryEntry,
  type Rejection,
  type SynergySnapshot,
} from './followup';
import { formatZodError } from './errors';

/** Who acts: a signed-in user, or this device (role null: nobody signed in, full rights locally). */
export interface Actor {
  id: string;
  name: string;
  role: Role | null;
}

/** A rule of the pipeline was broken; the message is a French sentence for the user. */
export class FollowupRuleError extends Error {
  override name = 'FollowupRuleError';
}

const isPipeline = (s: FollowupStatus) => (FOLLOWUP_PIPELINE as readonly string[]).includes(s);

/**
 * Any pipeline step may be reached from another (forward, or back when a study fails); En attente
 * and Écartée from anywhere; a follow-up En attente or Écartée reopens to any pipeline step.
 */
export function canTransition(from: FollowupStatus, to: FollowupStatus): boolean {
  if (from === to) return false;
  if (to === 'on-hold' || to === 'rejected') return true;
  return isPipeline(to) && (isPipeline(from) || from === 'on-hold' || from === 'rejected');
}

export interface TransitionOptions {
  actor: Actor;
  at: number;
  comment?: string;
  /** Required to reach `rejected`; ignored otherwise. */
  rejection?: { reason: Rejection['reason']; text?: string };
  /** Why it waits and until when, on reaching `on-hold` (« Plus tard »); ignored otherwise. */
  onHold?: { reason: string; until?: string };
  /** The history entry's id (a fresh UUIDv7 when absent). */
  entryId?: string;
}

/**
 * The follow-up after a status change, with its history entry appended. Same status: returned
 * unchanged. Throws FollowupRuleError when the change is not allowed or Écartée lacks a reason.
 */
export function applyTransition(followup: Followup, to: FollowupStatus, options: TransitionOptions): Followup {
  const from = followup.status;
  if (from === to) return followup;
  if (!canTransition(from, to)) {
    throw new FollowupRuleError(`Passage de « ${FOLLOWUP_STATUS_LABELS[from]} » à « ${FOLLOWUP_STATUS_LABELS[to]} » impossible`);
  }
  let rejection: Rejection | undefined;
  if (to === 'rejected') {
    if (!options.rejection) throw new FollowupRuleError('Un motif est requis pour écarter une synergie');
    const parsed = RejectionSchema.safeParse(options.rejection);
    if (!parsed.success) throw new FollowupRuleError(formatZodError(parsed.error));
    rejection = parsed.data;
  }
  const entry: HistoryEntry = {
    id: options.entryId ?? newId(options.at),
    at: options.at,
    by: options.actor.id,
    byName: options.actor.name.slice(0, 120),
    from,
    to,
    comment: (options.comment ?? '').trim().slice(0, 2000),
  };
  const next: Followup = { ...followup, status: to, history: [...followup.history, entry] };
  // Leaving Écartée clears the reason: it explained a decision that no longer holds.
  if (rejection) next.rejection = rejection;
  else delete next.rejection;
  // Likewise a wait's reason and return day hold only while it waits.
  const onHold = to === 'on-hold' && options.onHold ? parseOnHold(options.onHold) : undefined;
  if (onHold) next.onHold = onHold;
  else delete next.onHold;
  return next;
}

function parseOnHold(value: unknown): OnHold {
  const parsed = OnHoldSchema.safeParse(value);
  if (!parsed.success) throw new FollowupRuleError(formatZodError(parsed.error));
  return parsed.data;
}

/** Another « Plus tard » on a lead already waiting: a new reason or return day, no status move. */
export function postpone(followup: Followup, onHold: { reason: string; until?: string }): Followup {
  if (followup.status !== 'on-hold') throw new FollowupRuleError('Seule une synergie en attente peut être remise à plus tard');
  return { ...followup, onHold: parseOnHold(onHold) };
}

export interface Co2Result {
  /** t CO2e avoided per year; undefined when nothing allows computing it. */
  value: number | undefined;
  source: 'factor' | 'override' | 'none';
  /** The factor used, or the one that would have been used under an override. */
  factor?: Co2Factor & { id: Co2FactorId };
  /** The figure the factor gives, kept visible next to an override. */
  computed?: number;
}

/** Kilogram precision: more would be false precision for an order-of-magnitude factor. */
const roundKg = (t: number) => Math.round(t * 1000) / 1000;

/** t CO2e avoided per year: a typed override wins (and says so), else quantity × factor. */
export function computeTco2e(gains: Gains): Co2Result {
  const factor = gains.co2 ? { id: gains.co2.factorId, ...CO2_FACTORS[gains.co2.factorId] } : undefined;
  const computed = gains.co2 && factor ? roundKg(gains.co2.quantity * factor.tco2ePerUnit) : undefined;
  const extra = factor ? { factor, computed } : {};
  if (gains.tco2eOverride !== undefined) return { value: gains.tco2eOverride, source: 'override', ...extra };
  if (computed !== undefined) return { value: computed, source: 'factor', ...extra };
  return { value: undefined, source: 'none' };
}

/**
 * Union of two append-only lists by entry id, ordered by time then id. Entries are never edited,
 * so the same id on both sides is the same entry: concurrent additions all survive.
 */
export function mergeAppendOnly<T extends { id: string; at: number }>(a: readonly T[], b: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const entry of a) byId.set(entry.id, entry);
  for (const entry of b) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()].sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Referents and admins change decisions; advisors and animators add notes and propose. */
export function canChangeField(role: Role | null, field: string): boolean {
  if (can({ role, territoryIds: [] }, 'decide followup')) return true;
  return !(REFERENT_ONLY_FIELDS as readonly string[]).includes(field);
}

export const FOLLOWUP_FIELD_LABELS: Record<(typeof REFERENT_ONLY_FIELDS)[number], string> = {
  status: 'le statut',
  rejection: 'le motif d’écartement',
  onHold: 'le motif de mise en attente',
  study: 'l’étude',
  checks: 'les vérifications réglementaires',
  nextAction: 'la prochaine action',
  expectedGains: 'les gains attendus',
  realisedGains: 'les gains réalisés',
  history: 'l’historique',
};

/** The French refusal for a role changing a referent-only field. */
export function roleRefusal(field: string): string {
  const label = FOLLOWUP_FIELD_LABELS[field as keyof typeof FOLLOWUP_FIELD_LABELS] ?? field;
  return `Seuls les référents et les administrateurs peuvent modifier ${label} d’un suivi`;
}

/** Throws FollowupRuleError when the actor's role may not change one of these fields. */
export function assertMayChange(actor: Actor, fields: readonly string[]): void {
  const refused = fields.find((f) => !canChangeField(actor.role, f));
  if (refused) throw new FollowupRuleError(roleRefusal(refused));
}

export interface CompanyRef {
  name: string;
  territoryId: string;
  contact?: { name: string; role: string; email: string; phone: string };
}

/** The contact a snapshot keeps of a company: only when something was recorded. */
export function snapshotContact(company: Pick<CompanyRef, 'contact'> | undefined): SynergySnapshot['companies'][number]['contact'] {
  const c = company?.contact;
  if (!c || !(c.name || c.role || c.email || c.phone)) return undefined;
  return { name: c.name.slice(0, 120), role: c.role.slice(0, 120), email: c.email.slice(0, 200), phone: c.phone.slice(0, 30) };
}
export type CompanyLookup = ReadonlyMap<string, CompanyRef> | Readonly<Record<string, CompanyRef | undefined>>;

const lookup = (companies: CompanyLookup, id: string): CompanyRef | undefined =>
  companies instanceof Map ? companies.get(id) : (companies as Record<string, CompanyRef | undefined>)[id];

/**
 * What a follow-up keeps of its synergy: companies with their names, resources, the sentence. The
 * sentence is the matcher's, which never prints a confidential flux's quantity.
 */
export function snapshotOf(synergy: Synergy, companiesById: CompanyLookup): SynergySnapshot {
  return {
    kind: synergy.kind,
    family: synergy.family,
    resourceCodes: synergy.resourceCodes.slice(0, 50),
    fluxIds: synergy.fluxIds.slice(0, 500),
    companies: synergy.companyIds.slice(0, 500).map((id) => {
      const company = lookup(companiesById, id);
      const contact = snapshotContact(company);
      return {
        id,
        name: (company?.name ?? 'Entreprise inconnue').slice(0, 160),
        territoryId: company?.territoryId ?? (synergy.territoryIds.length === 1 ? synergy.territoryIds[0]! : ''),
        ...(contact ? { contact } : {}),
      };
    }),
    explanation: synergy.explanation.slice(0, 2000),
    score: synergy.score,
    distanceKm: synergy.distanceKm,
  };
}

/** Territories of a snapshot's companies (sorted, unique): every referent of them follows it. */
export function territoriesOf(snapshot: SynergySnapshot, fallback: readonly string[] = []): string[] {
  const ids = new Set(snapshot.companies.map((c) => c.territoryId).filter((t) => t.length > 0));
  for (const t of ids.size === 0 ? fallback : []) ids.add(t);
  return [...ids].sort().slice(0, 20);
}

// What the Synchronisation page says about one refused change: the record's name as people know
// it, the fields in French, where to correct it, and which ways out can work. Pure: the records
// are read by the caller.
import { DIRECTION_LABELS, findResource, type Direction } from '../../domain';
import type { OutboxEntry } from '../../db/outbox-entry';
import { changedFieldsOf, isTerritoryRefusal, waitsForCompany } from '../../sync';
import { fieldList } from './labels';

type Row = Record<string, unknown> | undefined;

export interface RejectedView {
  seq: number;
  title: string;
  /** « Création », « Modification » or « Suppression ». */
  kind: string;
  reason: string;
  /** French labels of the refused fields; never ids, revisions or search keys. */
  fields: string;
  /** The record's form (« Corriger »), when there is one to open. */
  fixHref?: string;
  companyId?: string;
  /** The refusal is about the company's territory (« Changer de territoire »). */
  territory: boolean;
  /** A retry can succeed: the territory is now allowed, or the record was corrected since. */
  retryable: boolean;
}

export interface RejectedContext {
  record: Row;
  company: Row;
  /** The signed-in user's territories; undefined when every territory is allowed (admin). */
  allowedTerritories?: readonly string[];
  /** The code of the company's own refusal, when it was refused ('' for none): a flux waiting for it. */
  companyRefusal?: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

function visitDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

export function titleOf(entry: OutboxEntry, record: Row, company: Row): string {
  const values = { ...entry.patch, ...record };
  const companyName = text(company?.name) || (entry.table === 'companies' ? text(values.name) : '') || 'entreprise inconnue';
  if (entry.table === 'companies') return companyName;
  if (entry.table === 'visits') return `Visite du ${visitDate(text(values.date))} — ${companyName}`;
  const resource = findResource(text(values.resourceCode));
  const label = text(values.label) || resource?.label || 'Flux';
  const direction = DIRECTION_LABELS[values.direction as Direction];
  return `${label}${direction ? ` (${direction.toLowerCase()})` : ''} — ${companyName}`;
}

function fixHref(entry: OutboxEntry, record: Row, companyId: string | undefined): string | undefined {
  if (!record || record.deleted === true || !companyId) return undefined;
  if (entry.table === 'companies') return `#/entreprises/${companyId}/modifier`;
  if (entry.table === 'visits') return `#/entreprises/${companyId}/visite/resume`;
  return `#/entreprises/${companyId}/visite/${text(record.family) || 'energy'}`;
}

export function rejectedView(entry: OutboxEntry, { record, company, allowedTerritories, companyRefusal }: RejectedContext): RejectedView {
  const companyId = entry.table === 'companies' ? entry.recordId : text(record?.companyId) || undefined;
  // The ways out follow the refusal's code, never the words of its sentence.
  const territory = isTerritoryRefusal(entry.errorCode);
  const territoryId = text(company?.territoryId);
  const changedSince = typeof record?.updatedAt === 'number' && record.updatedAt > (entry.rejectedAt ?? 0);
  let retryable: boolean;
  if (territory) retryable = allowedTerritories === undefined || allowedTerritories.includes(territoryId);
  // Sent again once the company itself is accepted (it is resent with it when moved).
  else if (waitsForCompany(entry.errorCode)) retryable = companyRefusal === undefined;
  else retryable = changedSince;
  const companyName = text(company?.name);
  // The server names the company by its id: say its name instead.
  const reason = entry.error && companyId && companyName ? entry.error.replaceAll(companyId, `« ${companyName} »`) : entry.error;
  return {
    seq: entry.seq!,
    title: titleOf(entry, record, company),
    kind: entry.op === 'delete' ? 'Suppression' : entry.baseRev === 0 ? 'Création' : 'Modification',
    reason: reason ?? 'Refusée par le serveur',
    fields: fieldList(changedFieldsOf(entry)),
    fixHref: fixHref(entry, record, companyId),
    companyId,
    territory: territory || (waitsForCompany(entry.errorCode) && isTerritoryRefusal(companyRefusal)),
    retryable,
  };
}

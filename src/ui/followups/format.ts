// How follow-up values read in French: dates, figures, statuses, rejection reasons, resources.
import { FOLLOWUP_STATUS_LABELS, REJECTION_REASON_LABELS, findResource, type FollowupStatus, type Rejection } from '../../domain';

export const frNumber = (n: number, digits = 2) => n.toLocaleString('fr-FR', { maximumFractionDigits: digits });

export const frDate = (ms: number) => new Date(ms).toLocaleDateString('fr-FR');

export const frDateTime = (ms: number) => new Date(ms).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** An ISO day (AAAA-MM-JJ) as « 12/03/2026 », without a time zone shifting it by one day. */
export function frDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/** Today as an ISO day in local time (what a due date is compared with). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const isOverdue = (dueDate: string | undefined, today = todayIso()) => dueDate !== undefined && dueDate < today;

export const statusLabel = (s: FollowupStatus) => FOLLOWUP_STATUS_LABELS[s];

/** « Trop loin », or « Autre : le texte saisi ». */
export function rejectionLabel(r: Rejection): string {
  const label = REJECTION_REASON_LABELS[r.reason];
  return r.text ? `${label} : ${r.text}` : label;
}

export function resourceLabel(code: string): string {
  return findResource(code)?.label ?? code;
}

export const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

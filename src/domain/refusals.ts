// Refusals as values programs can act on: a stable machine code beside the French sentence. The
// device decides what to offer (« Changer de territoire », « Réessayer ») from the code only; the
// sentence is for people and may be reworded at any time.
import { z } from 'zod';

export const REFUSAL_CODES = [
  /** The record belongs to a territory the account lacks: offer « Changer de territoire ». */
  'territory-forbidden',
  /** The record left the account's territories (its company moved): export or give up. */
  'territory-left',
  /** A flux or visit arrived before its company: retried once the company is accepted. */
  'company-unknown',
  /** The account's role may not do this (an advisor changing a decision). */
  'role-forbidden',
  /** A field that never changes once set (a follow-up's synergy, origin, opening). */
  'immutable-field',
  /** A limit was reached (entries per person, size of a follow-up); the sentence names it. */
  'limit-reached',
  /** The record breaks a rule of its schema or of the pipeline: correct it, then resend. */
  'invalid',
  /** Sign in again. */
  'sign-in-required',
  /** Not found, or not visible to this account. */
  'not-found',
  /** Already exists, or changed meanwhile (a name taken). */
  'conflict',
  /** A period not yet over cannot be closed: its figures would still move. */
  'period-open',
  /** Too large a request. */
  'too-large',
  /** Too many attempts: wait and retry. */
  'throttled',
  /** The server cannot answer now: retry later. */
  'unavailable',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];
export const RefusalCodeSchema = z.enum(REFUSAL_CODES);

/**
 * A code as read from a server answer: a newer server may send a code this device does not know,
 * which must not make the whole answer invalid (it is then treated as having no code).
 */
export const ReceivedCodeSchema = z.string().max(64).optional();

/** The code of an answer, if it is one this version knows. */
export function knownCode(code: string | undefined): RefusalCode | undefined {
  return (REFUSAL_CODES as readonly string[]).includes(code ?? '') ? (code as RefusalCode) : undefined;
}

/** The code an HTTP refusal carries when the route gave none more precise. */
export function codeOfStatus(status: number): RefusalCode {
  switch (status) {
    case 401:
      return 'sign-in-required';
    case 403:
      return 'role-forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 413:
      return 'too-large';
    case 429:
      return 'throttled';
    case 503:
      return 'unavailable';
    default:
      return 'invalid';
  }
}

/** A refusal as rules return it: the code for programs, the sentence for people. */
export interface Refusal {
  code: RefusalCode;
  error: string;
}

export const refusal = (code: RefusalCode, error: string): Refusal => ({ code, error });

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Refusal).code === 'string' &&
  typeof (value as Refusal).error === 'string';

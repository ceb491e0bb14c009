// Sync failures as values the UI can show: a kind to decide what to do, a French sentence to read.
export type SyncErrorKind = 'network' | 'unauthorized' | 'http' | 'invalid-response' | 'no-session';

export interface SyncError {
  kind: SyncErrorKind;
  message: string;
  status?: number;
  /** The server's own explanation, when it gave one. */
  serverMessage?: string;
  /** The server's machine code for the refusal (src/domain/refusals.ts), when it gave one. */
  code?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SyncError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: SyncError): Result<T> => ({ ok: false, error });

export const MESSAGES = {
  network: 'Serveur injoignable',
  unauthorized: 'Session expirée, reconnectez-vous',
  invalidResponse: 'Réponse du serveur invalide',
  badCredentials: 'Adresse e-mail ou mot de passe incorrect',
  noSession: 'Non connecté : la synchronisation est en pause',
} as const;

export function httpError(status: number, serverMessage?: string, code?: string): SyncError {
  const message = serverMessage ? `${serverMessage} (HTTP ${status})` : `Erreur du serveur (HTTP ${status})`;
  return { kind: 'http', status, message, serverMessage, ...(code ? { code } : {}) };
}

// Errors a route raises on purpose: an HTTP status, a French message naming the field, and a stable
// machine code (refusals.ts) the device acts on, never the sentence.
import { codeOfStatus, type RefusalCode } from '../../domain/refusals';
import type { ApiError } from '../../domain/sync-protocol';

export class ApiFailure extends Error {
  readonly code: RefusalCode;

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503,
    message: string,
    readonly field?: string,
    code?: RefusalCode,
  ) {
    super(message);
    this.code = code ?? codeOfStatus(status);
  }

  body(): ApiError {
    return this.field ? { error: this.message, field: this.field, code: this.code } : { error: this.message, code: this.code };
  }
}

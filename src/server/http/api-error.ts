// Errors a route raises on purpose: an HTTP status and a French message naming the field.
import type { ApiError } from '../../domain/sync-protocol';

export class ApiFailure extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  body(): ApiError {
    return this.field ? { error: this.message, field: this.field } : { error: this.message };
  }
}

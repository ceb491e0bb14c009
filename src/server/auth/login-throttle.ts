// Slows password guessing: after a few failures for one e-mail, logins wait out a lockout.
export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

interface Entry {
  failures: number;
  until: number;
}

/** In memory on purpose: a restart forgets it, which only gives an attacker one more round. */
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds left before this e-mail may try again; 0 when allowed. */
  retryAfter(email: string): number {
    const e = this.entries.get(email.toLowerCase());
    return e && e.failures >= MAX_FAILURES ? Math.max(0, e.until - this.now()) : 0;
  }

  fail(email: string): void {
    // Guessed e-mails must not grow the map without bound.
    if (this.entries.size > 10_000) {
      for (const [k, e] of this.entries) if (e.until <= this.now()) this.entries.delete(k);
    }
    const key = email.toLowerCase();
    const e = this.entries.get(key);
    const fresh = !e || e.until <= this.now();
    const failures = fresh ? 1 : e.failures + 1;
    this.entries.set(key, { failures, until: this.now() + LOCKOUT_MS });
  }

  succeed(email: string): void {
    this.entries.delete(email.toLowerCase());
  }
}

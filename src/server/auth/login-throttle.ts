// Slows password guessing. Each attempt is reserved *before* the password is checked (~70 ms of
// scrypt), so a burst of concurrent requests cannot slip past the limit. Limits are per (e-mail,
// client address) and per client address: nobody can lock an account out for its owner, who signs
// in from another address, and one address cannot try many accounts either.
export const MAX_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** Guessed e-mails and addresses must not grow the maps without bound. */
const PRUNE_ABOVE = 10_000;

interface Entry {
  failures: number;
  until: number;
}

class Counter {
  private readonly entries = new Map<string, Entry>();
  constructor(
    private readonly max: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds before `key` may try again; 0 when allowed. */
  wait(key: string): number {
    const e = this.entries.get(key);
    return e && e.failures >= this.max ? Math.max(0, e.until - this.now()) : 0;
  }

  add(key: string): void {
    if (this.entries.size > PRUNE_ABOVE) {
      for (const [k, e] of this.entries) if (e.until <= this.now()) this.entries.delete(k);
    }
    const e = this.entries.get(key);
    const failures = !e || e.until <= this.now() ? 1 : e.failures + 1;
    this.entries.set(key, { failures, until: this.now() + LOCKOUT_MS });
  }

  /** Takes back one reserved attempt that turned out to be a success. */
  remove(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    if (e.failures <= 1) this.entries.delete(key);
    else e.failures--;
  }

  clear(key: string): void {
    this.entries.delete(key);
  }
}

/** In memory on purpose: a restart forgets it, which only gives an attacker one more round. */
export class LoginThrottle {
  private readonly pairs: Counter;
  private readonly addresses: Counter;

  constructor(now: () => number = Date.now) {
    this.pairs = new Counter(MAX_FAILURES, now);
    this.addresses = new Counter(MAX_ADDRESS_FAILURES, now);
  }

  /**
   * Synchronous, before any await: 0 when the attempt may go on (it then counts as a failure
   * until succeed() says otherwise), else the milliseconds to wait.
   */
  reserve(email: string, address: string): number {
    const pair = `${email.toLowerCase()} ${address}`;
    const wait = Math.max(this.pairs.wait(pair), this.addresses.wait(address));
    if (wait > 0) return wait;
    this.pairs.add(pair);
    this.addresses.add(address);
    return 0;
  }

  succeed(email: string, address: string): void {
    this.pairs.clear(`${email.toLowerCase()} ${address}`);
    this.addresses.remove(address);
  }
}

// Slows password guessing. Each attempt is reserved *before* the password is checked (~70 ms of
// scrypt), so a burst of concurrent requests cannot slip past the limit. The lockout is per (e-mail,
// client address): nobody can lock an account out for its owner, who signs in from another address.
// One address trying many accounts meets a ceiling, which spares the accounts that already signed
// in from that address: a flood from an office's shared address (one NAT) does not lock out the
// colleagues behind it.
export const MAX_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** A (e-mail, address) pair that signed in is trusted past the address ceiling this long. */
export const KNOWN_PAIR_MS = 90 * 24 * 60 * 60 * 1000;
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
  /** Pairs that signed in successfully, with when. */
  private readonly known = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {
    this.pairs = new Counter(MAX_FAILURES, now);
    this.addresses = new Counter(MAX_ADDRESS_FAILURES, now);
  }

  private isKnown(pair: string): boolean {
    const at = this.known.get(pair);
    return at !== undefined && this.now() - at < KNOWN_PAIR_MS;
  }

  /**
   * Synchronous, before any await: 0 when the attempt may go on (it then counts as a failure
   * until succeed() says otherwise), else the milliseconds to wait.
   */
  reserve(email: string, address: string): number {
    const pair = `${email.toLowerCase()} ${address}`;
    const known = this.isKnown(pair);
    const wait = Math.max(this.pairs.wait(pair), known ? 0 : this.addresses.wait(address));
    if (wait > 0) return wait;
    this.pairs.add(pair);
    if (!known) this.addresses.add(address);
    return 0;
  }

  succeed(email: string, address: string): void {
    const pair = `${email.toLowerCase()} ${address}`;
    if (!this.isKnown(pair)) this.addresses.remove(address);
    this.pairs.clear(pair);
    if (this.known.size > PRUNE_ABOVE) {
      for (const [k, at] of this.known) if (this.now() - at >= KNOWN_PAIR_MS) this.known.delete(k);
    }
    this.known.set(pair, this.now());
  }
}

// How many password checks run at once. Each costs ~50 ms of CPU and 32 MiB (scrypt): from many
// addresses, each under its own throttle, strangers could otherwise keep every core hashing and
// starve the requests of signed-in devices. Past the queue a sign-in is answered « busy » at once,
// before it is counted as an attempt.
export class PasswordChecks {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly atOnce = 2,
    readonly queue = 64,
  ) {}

  /** A slot to check a password in, released by the returned function; undefined when all are taken. */
  async acquire(): Promise<(() => void) | undefined> {
    if (this.running >= this.atOnce) {
      if (this.waiting.length >= this.queue) return undefined;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes to the next in line as is; only with no one waiting is it freed.
      if (next) next();
      else this.running--;
    };
  }
}

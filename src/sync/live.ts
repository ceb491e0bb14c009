// The device's end of the live channel: while signed in and online, keep one stream open to
// GET /api/v1/live and start a sync cycle whenever the server says this device's territories
// changed. A broken stream is reopened with backoff; without it, periodic pull still runs.
import { API_ROUTES } from '../domain/api';
import { nextDelay, RECONNECT_MAX_DELAY_MS } from './backoff';
import { readSse } from './sse';
import type { FetchLike } from './transport';

export type LiveState = 'off' | 'connecting' | 'connected' | 'waiting';

export interface LiveOptions {
  /** The bearer token of the signed-in session, or undefined (nobody, guest, expired). */
  token: () => Promise<string | undefined>;
  onChange: () => void;
  onState?: (state: LiveState) => void;
  isOnline?: () => boolean;
  fetchImpl?: FetchLike;
  baseUrl?: string;
  random?: () => number;
}

export interface LiveChannel {
  /** Reconnect now (back online); a no-op while a stream is open. */
  restart(): void;
  /** Close the open stream, if any, and start again with the current session (sign-in, sign-out). */
  reconnect(): void;
  stop(): void;
}

export function startLive(options: LiveOptions): LiveChannel {
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const isOnline = options.isOnline ?? (() => true);
  const random = options.random ?? Math.random;
  let stopped = false;
  let attempt = 0;
  let abort: AbortController | undefined;
  let wake: (() => void) | undefined;
  let state: LiveState = 'off';
  let everConnected = false;
  const setState = (next: LiveState) => {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  };

  /** Sleeps until `ms` pass or restart() is called. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = ms === Infinity ? undefined : setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function once(): Promise<'again' | 'idle'> {
    const token = isOnline() ? await options.token() : undefined;
    if (!token) return 'idle';
    setState('connecting');
    abort = new AbortController();
    const response = await fetchImpl((options.baseUrl ?? '') + API_ROUTES.live, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: abort.signal,
    });
    // Signed out elsewhere or expired: the sync engine handles the session; wait for a restart.
    if (response.status === 401 || response.status === 403) return 'idle';
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    await readSse(response.body, (event) => {
      if (event.event === 'ready') {
        setState('connected');
        attempt = 0;
        // After a reconnection, changes may have happened while we were away.
        if (everConnected) options.onChange();
        everConnected = true;
      } else if (event.event === 'change') options.onChange();
    });
    return 'again';
  }

  void (async () => {
    while (!stopped) {
      let outcome: 'again' | 'idle' | 'failed';
      try {
        outcome = await once();
      } catch {
        outcome = 'failed';
      }
      abort = undefined;
      if (stopped) break;
      if (outcome === 'idle') {
        setState('off');
        await pause(Infinity);
        continue;
      }
      setState('waiting');
      // Backoff resets once a stream is accepted, so a server restart costs a second or two; it is
      // capped low, so a long outage is noticed within seconds of its end (the stream's return
      // starts a sync cycle).
      await pause(nextDelay(attempt++, random(), RECONNECT_MAX_DELAY_MS));
    }
    setState('off');
  })();

  return {
    restart() {
      if (state === 'connected' || state === 'connecting') return;
      attempt = 0;
      wake?.();
    },
    reconnect() {
      attempt = 0;
      abort?.abort();
      wake?.();
    },
    stop() {
      stopped = true;
      abort?.abort();
      wake?.();
    },
  };
}

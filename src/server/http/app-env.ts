// What the server's handlers share: the store, the throttle, and the signed-in user of a request.
import type { User } from '../../domain/user';
import type { LoginThrottle } from '../auth/login-throttle';
import type { LiveHub } from '../live/hub';
import type { Sql } from '../store/sql';
import type { Scope } from '../sync/scope';

export interface ServerDeps {
  sql: Sql;
  throttle: LoginThrottle;
  /** Nudges live listeners after a write (see routes/live.ts). */
  live: LiveHub;
  log: (message: string, error?: unknown) => void;
  /** Reverse proxies whose X-Forwarded-For is believed (see http/client-address.ts). */
  trustedProxies: readonly string[];
}

export interface AppEnv {
  Variables: { user: User; scope: Scope; token: string };
}

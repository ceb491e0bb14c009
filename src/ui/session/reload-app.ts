// Reloading the app on another account's database (sign-in, sign-out, or another tab did one):
// pending autosaves are written first, into the database they belong to, and the page comes back
// where the caller wants it.
import { flushAll } from '../autosave/flush-registry';

const RETURN_KEY = 'st-return-to';

export async function reloadApp(hash: string = location.hash): Promise<void> {
  await flushAll().catch(() => undefined);
  try {
    sessionStorage.setItem(RETURN_KEY, hash);
  } catch {
    // Private mode: the app reloads on the current page, which is fine too.
  }
  location.reload();
}

/** Called once at start: the page a reload asked to land on, if any. */
export function takeReturnHash(): string | undefined {
  try {
    const hash = sessionStorage.getItem(RETURN_KEY) ?? undefined;
    sessionStorage.removeItem(RETURN_KEY);
    return hash;
  } catch {
    return undefined;
  }
}

// Reloading the app on another account's database (sign-in, sign-out, or another tab did one):
// pending autosaves are written first, into the database they belong to, and the page comes back
// where the caller wants it.
import { flushAll } from '../autosave/flush-registry';

const RETURN_KEY = 'st-return-to';

/**
 * Reloads after writing pending edits. `hash`: where to land (sign-in, sign-out). Without it (the
 * app noticed a switch made elsewhere) the page stays where it is — unless a sign-in or sign-out
 * of this page already chose where to go: both may happen at once, the explicit choice wins.
 */
export async function reloadApp(hash?: string): Promise<void> {
  try {
    if (hash !== undefined) sessionStorage.setItem(RETURN_KEY, hash);
    else if (sessionStorage.getItem(RETURN_KEY) === null) sessionStorage.setItem(RETURN_KEY, location.hash);
  } catch {
    // Private mode: the app reloads on the current page, which is fine too.
  }
  // A save that never settles must not keep the page on the wrong account's database.
  await Promise.race([flushAll().catch(() => undefined), new Promise((r) => setTimeout(r, 3000))]);
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

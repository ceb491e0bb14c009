// Pending debounced saves register here so they can all be written at once when the page is
// hidden or closed, or before the app reloads for an update.
const pending = new Set<() => Promise<void>>();

export function registerFlush(flush: () => Promise<void>): () => void {
  pending.add(flush);
  return () => void pending.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...pending].map((f) => f()));
}

/** Flush when the page goes to the background: on tablets that is often the last chance. */
export function flushOnHide(): () => void {
  const onHide = () => {
    if (document.visibilityState === 'hidden') void flushAll();
  };
  const onPageHide = () => void flushAll();
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', onPageHide);
  };
}

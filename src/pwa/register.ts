// Service worker registration (workbox-window). A new version waits until the user accepts it;
// pending edits are flushed before the reload, so an update never loses what is being typed.
import { Workbox } from 'workbox-window';

export interface UpdateHandle {
  /** Saves pending edits, activates the waiting version and reloads. */
  apply: () => Promise<void>;
}

export function registerServiceWorker(onUpdate: (handle: UpdateHandle) => void, beforeReload: () => Promise<void>): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    onUpdate({
      apply: async () => {
        await beforeReload();
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  wb.register().catch(() => {
    // No service worker (private mode, unsupported): the app still works online.
  });
}

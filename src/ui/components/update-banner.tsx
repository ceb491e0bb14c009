// Registers the service worker, and offers to reload when a new version of the app is ready.
import { useEffect, useState } from 'preact/hooks';
import type { UpdateHandle } from '../../pwa/register';
import { flushAll } from '../autosave/flush-registry';

export function UpdateBanner() {
  const [update, setUpdate] = useState<UpdateHandle>();
  const [busy, setBusy] = useState(false);
  // workbox-window loads after first paint, outside the app shell.
  useEffect(() => {
    void import('../../pwa/register').then((m) => m.registerServiceWorker(setUpdate, flushAll));
  }, []);
  if (!update) return null;
  return (
    <div class="update-banner" role="alert">
      <span>Une nouvelle version de Synergies Terrain est disponible. Vos saisies sont enregistrées.</span>
      <button
        type="button"
        class="btn btn-primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await update.apply();
        }}
      >
        {busy ? 'Mise à jour…' : 'Recharger'}
      </button>
      <button type="button" class="btn btn-light" onClick={() => setUpdate(undefined)}>
        Plus tard
      </button>
    </div>
  );
}

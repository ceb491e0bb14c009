// Writes rows straight into the built app's IndexedDB from a bench page, in chunks (no Dexie hooks:
// nothing rematches or syncs), so a benchmark starts from a device that already holds its data.
import type { Page } from 'playwright-core';

const CHUNK = 5_000;

export async function writeStore(page: Page, store: string, rows: readonly unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await page.evaluate(
      ({ store, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('synergies-terrain');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readwrite');
            for (const row of rows) tx.objectStore(store).put(row);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      { store, rows: rows.slice(i, i + CHUNK) as unknown[] },
    );
  }
}

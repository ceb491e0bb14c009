// bench:browser's start case: the app started (page reloaded) on « Synergies » on a device that
// already holds the region; navigation start → first page of the list on screen, and → the list
// answered by this start's own full run (the worker's result). Times are read inside the page
// (User Timing marks, relative to navigation start).
import type { Page } from 'playwright-core';

export interface StartTimes {
  /** Navigation start → first list on screen (the list of the last computation when kept). */
  listMs: number;
  /** Navigation start → the list answered by the worker's new result. */
  refreshedMs: number;
}

/** Reloads the app on the synergies list, `runs` times; the list's own marks give the times. */
export async function startToList(page: Page, url: string, runs: number): Promise<StartTimes[]> {
  await page.goto(`${url}/#/synergies`);
  await page.locator('.syn-card').first().waitFor({ timeout: 300_000 });
  const times: StartTimes[] = [];
  for (let i = 0; i < runs; i++) {
    // The list kept for the next start is written just after a page is answered: let it land.
    await page
      .waitForFunction(() => performance.getEntriesByName('synergies:start-kept').length > 0, undefined, { timeout: 5_000 })
      .catch(() => undefined);
    await page.reload({ waitUntil: 'commit' });
    await page.locator('.syn-card').first().waitFor({ timeout: 300_000 });
    await page.waitForFunction(
      () => {
        const matched = performance.getEntriesByName('synergies:matched').at(-1);
        return matched !== undefined && performance.getEntriesByName('synergies:shown').some((m) => m.startTime > matched.startTime);
      },
      undefined,
      { timeout: 300_000 },
    );
    times.push(
      await page.evaluate(() => {
        const shown = performance.getEntriesByName('synergies:shown');
        const matched = performance.getEntriesByName('synergies:matched').at(-1)!;
        return { listMs: shown[0]!.startTime, refreshedMs: shown.find((m) => m.startTime > matched.startTime)!.startTime };
      }),
    );
  }
  return times;
}

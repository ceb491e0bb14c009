// Probes of bench:browser: JS heap of the page and of its workers (CDP), and input → screen times
// taken inside the page (input event seen in the capture phase → last DOM change it caused).
import type { CDPSession, Page } from 'playwright-core';

const usedHeap = async (cdp: CDPSession) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;

/** JS heap used by the page, after a garbage collection (what it retains). */
export async function pageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return usedHeap(cdp);
}

export interface WorkerProbe {
  /** JS heap used by the page's workers (all of them: the matching worker is the only one), or undefined. */
  heap(collectFirst: boolean): Promise<number | undefined>;
  detach(): Promise<void>;
}

/**
 * The page's workers, through its CDP session: auto-attached without flattening, so commands go
 * through Target.sendMessageToTarget and answers come back as Target.receivedMessageFromTarget.
 */
export async function attachWorkers(cdp: CDPSession): Promise<WorkerProbe> {
  const sessions: string[] = [];
  const onAttach = (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
  };
  cdp.on('Target.attachedToTarget', onAttach);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((r) => setTimeout(r, 200));
  let nextId = 1;
  const call = (sessionId: string, method: string) =>
    new Promise<{ usedSize?: number } | undefined>((resolve) => {
      const id = nextId++;
      const onMessage = (e: { sessionId: string; message: string }) => {
        const reply = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
        if (e.sessionId !== sessionId || reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(reply.result);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      setTimeout(() => resolve(undefined), 10_000);
    });
  return {
    async heap(collectFirst) {
      let total: number | undefined;
      for (const sessionId of sessions) {
        if (collectFirst) await call(sessionId, 'HeapProfiler.collectGarbage');
        const used = (await call(sessionId, 'Runtime.getHeapUsage'))?.usedSize;
        if (used !== undefined) total = (total ?? 0) + used;
      }
      return total;
    },
    async detach() {
      cdp.off('Target.attachedToTarget', onAttach);
      await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: false });
    },
  };
}

/** Samples the page's and the workers' JS heaps while `run` runs; resolves with the highest of each. */
export async function peakHeapsDuring(
  cdp: CDPSession,
  workers: WorkerProbe,
  run: () => Promise<void>,
): Promise<{ page: number; worker: number }> {
  const peak = { page: 0, worker: 0 };
  let running = true;
  const sample = async () => {
    while (running) {
      peak.page = Math.max(peak.page, await usedHeap(cdp));
      peak.worker = Math.max(peak.worker, (await workers.heap(false)) ?? 0);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const sampling = sample();
  try {
    await run();
  } finally {
    running = false;
    await sampling;
  }
  return peak;
}

/**
 * Times in the page, from the user's input event (change, input or click, seen first in the
 * capture phase) to the last DOM change it caused: Playwright's own latency is left out.
 */
export async function installInputTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __input: number; __mutated: number; __timer?: boolean };
    if (w.__timer) return;
    w.__timer = true;
    for (const type of ['change', 'input', 'click']) document.addEventListener(type, () => (w.__input = performance.now()), true);
    new MutationObserver(() => (w.__mutated = performance.now())).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

/** Input → screen for `act`, once the text (or href) of the first `selector` changed. */
export async function inputToScreen(page: Page, act: () => Promise<unknown>, selector: string, read: 'text' | 'href'): Promise<number> {
  const before = await page.evaluate(
    ({ selector, read }) => {
      const el = document.querySelector(selector);
      return read === 'href' ? el?.getAttribute('href') : el?.textContent;
    },
    { selector, read },
  );
  await act();
  await page.waitForFunction(
    ({ selector, read, before }) => {
      const el = document.querySelector(selector);
      return (read === 'href' ? el?.getAttribute('href') : el?.textContent) !== before;
    },
    { selector, read, before },
    { polling: 'raf' },
  );
  return inputTime(page);
}

/** Last input event → last DOM change, once the render is done (a frame later). */
async function inputTime(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return page.evaluate(() => {
    const w = window as unknown as { __input: number; __mutated: number };
    return w.__mutated - w.__input;
  });
}

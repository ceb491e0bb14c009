// Probes of bench:browser: JS heap of the page and of its workers (CDP), and input → screen times
// taken inside the page (input event seen in the capture phase → last DOM change it caused).
import type { CDPSession, Page } from 'playwright-core';

/** Samples the page's JS heap while `run` runs; resolves with the highest value seen. */
export async function peakHeapDuring(cdp: CDPSession, run: () => Promise<void>): Promise<number> {
  let peak = 0;
  let running = true;
  const sample = async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')!.value);
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

/** JS heap used by the page, after a garbage collection (what it retains). */
export async function pageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

/**
 * JS heap used by the matching worker: the page's CDP session auto-attaches to its workers (not
 * flattened, so messages go through Target.sendMessageToTarget) and asks each for Runtime.getHeapUsage.
 */
export async function workerHeap(cdp: CDPSession): Promise<number | undefined> {
  const sessions: string[] = [];
  const onAttach = (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
  };
  cdp.on('Target.attachedToTarget', onAttach);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((r) => setTimeout(r, 200));
  cdp.off('Target.attachedToTarget', onAttach);
  let total: number | undefined;
  for (const sessionId of sessions) {
    const used = await new Promise<number | undefined>((resolve) => {
      const id = 1_000 + Math.floor(Math.random() * 1_000_000);
      const onMessage = (e: { sessionId: string; message: string }) => {
        const reply = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
        if (e.sessionId !== sessionId || reply.id === undefined) return;
        if (reply.id === id + 1) {
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply.result?.usedSize);
        }
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      const send = (msgId: number, method: string) =>
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: msgId, method }) });
      void send(id, 'HeapProfiler.collectGarbage').then(() => send(id + 1, 'Runtime.getHeapUsage'));
      setTimeout(() => resolve(undefined), 10_000);
    });
    if (used !== undefined) total = (total ?? 0) + used;
  }
  await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: false });
  return total;
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
    new MutationObserver(() => (w.__mutated = performance.now())).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Input → screen for `act`, once the text (or href) of the first `selector` changed. */
export async function inputToScreen(page: Page, act: () => Promise<unknown>, selector: string, read: 'text' | 'href'): Promise<number> {
  const before = await page.evaluate(({ selector, read }) => {
    const el = document.querySelector(selector);
    return read === 'href' ? el?.getAttribute('href') : el?.textContent;
  }, { selector, read });
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


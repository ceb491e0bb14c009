// Lets a long series of writes (a sync's pages) hold the automatic rematch until it ends: one run
// after the last page, instead of one per page racing the next page for the device's two cores.
let holds = 0;
const released = new Set<() => void>();

/** Holds the automatic rematch; call the function returned once the writes are done. */
export function holdRematch(): () => void {
  holds++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    holds--;
    if (holds === 0) for (const listener of [...released]) listener();
  };
}

export const rematchHeld = (): boolean => holds > 0;

/** Called each time the last hold is released; returns the unsubscribe function. */
export function onRematchReleased(listener: () => void): () => void {
  released.add(listener);
  return () => released.delete(listener);
}

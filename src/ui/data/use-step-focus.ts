// Moves keyboard focus to a step's heading when the step appears, so someone using a keyboard or a
// screen reader goes on from the new step instead of from a button that vanished.
import { useEffect, useRef } from 'preact/hooks';

export function useStepFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

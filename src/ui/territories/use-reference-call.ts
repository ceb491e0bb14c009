// Runs one management call of the Territoires page: busy while it runs, the French error kept
// for the form, the result stored on the device at once, then a sync to bring the companies it
// rewrote (a rename or a merge changes them on the server).
import { useState } from 'preact/hooks';
import { storeReference } from '../../db/parks';
import type { Territory } from '../../domain';
import type { Park } from '../../domain/park';
import { syncNow } from '../../sync';
import type { FieldError, FieldResult } from '../../sync/authed-call';

export interface Stored {
  parks?: Park[];
  territories?: Territory[];
}

export function useReferenceCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FieldError>();

  async function run<T>(call: () => Promise<FieldResult<T>>, store: (value: T) => Stored): Promise<T | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      const result = await call();
      if (!result.ok) {
        setError(result.error);
        return undefined;
      }
      const { parks = [], territories = [] } = store(result.value);
      await storeReference({ parks, territories });
      void syncNow();
      return result.value;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}

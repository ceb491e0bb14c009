// Rows read back from IndexedDB are validated: a row written by an older or broken version shows
// up as "unreadable" instead of crashing a page, and stays stored untouched.
import type { z } from 'zod';

export interface ValidatedRows<T> {
  rows: T[];
  invalid: { id: unknown; error: string }[];
}

export function validateRows<S extends z.ZodType>(schema: S, raw: readonly unknown[]): ValidatedRows<z.infer<S>> {
  const rows: z.infer<S>[] = [];
  const invalid: ValidatedRows<z.infer<S>>['invalid'] = [];
  for (const row of raw) {
    const parsed = schema.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else invalid.push({ id: (row as { id?: unknown })?.id, error: parsed.error.issues[0]?.message ?? 'invalide' });
  }
  return { rows, invalid };
}

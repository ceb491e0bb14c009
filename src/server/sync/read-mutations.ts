// Checks each mutation of a push on its own: a malformed one is refused with its reason, and the
// rest of the batch goes on (one bad change must not hold a device's whole outbox back).
import { formatZodError } from '../../domain/errors';
import { MutationSchema, type Mutation, type MutationResult } from '../../domain/sync-protocol';
import { MAX_RECORD_DEPTH, nestsDeeperThan } from '../../domain/json-depth';
import { cleanText } from '../../domain/text-safety';

export interface ReadMutations {
  valid: Mutation[];
  refused: MutationResult[];
}

/** The id the device will recognise, if the mutation carries one worth echoing. */
function echoedId(raw: unknown): string {
  const id = raw !== null && typeof raw === 'object' ? (raw as { mutationId?: unknown }).mutationId : undefined;
  return typeof id === 'string' ? cleanText(id).slice(0, 64) : '';
}

export function readMutations(raw: readonly unknown[]): ReadMutations {
  const valid: Mutation[] = [];
  const refused: MutationResult[] = [];
  for (const item of raw) {
    if (nestsDeeperThan(item, MAX_RECORD_DEPTH + 2)) {
      refused.push({
        mutationId: echoedId(item),
        status: 'rejected',
        error: `Modification refusée : données imbriquées sur plus de ${MAX_RECORD_DEPTH} niveaux`,
      });
      continue;
    }
    const parsed = MutationSchema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else
      refused.push({
        mutationId: echoedId(item),
        status: 'rejected',
        code: 'invalid',
        error: `Modification refusée : ${formatZodError(parsed.error)}`,
      });
  }
  return { valid, refused };
}

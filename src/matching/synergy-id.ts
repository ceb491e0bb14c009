// Deterministic synergy ids: a substitution's from its two flux ids only (editing a flux's quantity
// or description keeps it), a group's from what is shared and where (domain/group-identity.ts), so a
// referent's decision attached to it survives re-matching.
import { stableHash, type SynergyKind } from '../domain';

// Where matching's hot paths (build-synergy, held-synergies) find them.
export { hashed, stableHash } from '../domain';

/** A substitution's id (and, before group identities, a group's: old follow-ups hold such ids). */
export function synergyId(kind: SynergyKind, fluxIds: readonly string[]): string {
  const prefix = kind === 'substitution' ? 'sub' : 'mut';
  return `${prefix}:${stableHash([...fluxIds].sort().join('|'))}`;
}

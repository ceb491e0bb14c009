// Deterministic synergy ids: the same flux set always gives the same id, so a referent's review
// attached to it survives re-matching.
import type { SynergyKind } from '../domain';

/** 64-bit string hash (two 32-bit multiply-xorshift lanes); stable across runs and platforms. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

export function synergyId(kind: SynergyKind, fluxIds: readonly string[]): string {
  const prefix = kind === 'substitution' ? 'sub' : 'mut';
  return `${prefix}:${stableHash([...fluxIds].sort().join('|'))}`;
}

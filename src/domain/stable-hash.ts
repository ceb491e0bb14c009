// A 64-bit string hash, stable across runs, platforms and runtimes: synergy ids (matching) and
// group identities (follow-ups) are built with it, on the page, in the worker and alike.
/** 64-bit string hash (two 32-bit multiply-xorshift lanes); stable across runs and platforms. */
export function stableHash(text: string): string {
  return hashed('', text, undefined);
}

const HEX = '0123456789abcdef';
const digit = (n: number, shift: number) => HEX.charCodeAt((n >>> shift) & 15);

/**
 * `${prefix}${stableHash(`${a}|${b}`)}` as one flat string, without building the joined text or
 * the pieces (every kept pair needs one: fewer allocations, less GC).
 */
export function hashed(prefix: string, a: string, b: string | undefined): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let part = 0; part < 2; part++) {
    const text = part === 0 ? a : b;
    if (text === undefined) break;
    if (part === 1) {
      h1 = Math.imul(h1 ^ 124, 2654435761);
      h2 = Math.imul(h2 ^ 124, 1597334677);
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const codes: number[] = [];
  for (let i = 0; i < prefix.length; i++) codes.push(prefix.charCodeAt(i));
  for (let shift = 28; shift >= 0; shift -= 4) codes.push(digit(h2, shift));
  for (let shift = 28; shift >= 0; shift -= 4) codes.push(digit(h1, shift));
  return String.fromCharCode(...codes);
}

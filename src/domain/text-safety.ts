// Text that every store can hold: PostgreSQL refuses NUL (\u0000) in text and jsonb, and a lone
// UTF-16 surrogate (half an emoji, a bad paste from a PDF) is not valid Unicode at all.
//
// Rule: free text in records is *cleaned* (NUL removed, a lone surrogate becomes U+FFFD) so a
// paste never blocks a visit; identifiers and account names typed by an admin are *refused*
// (see hasUnsafeText) because a silently altered identity would be worse than an error.
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_LONE_SURROGATE = new RegExp(LONE_SURROGATE.source);
const CONTROL = /[\u0000-\u001f\u007f]/;

export const UNSAFE_TEXT_MESSAGE = 'caractère invisible ou invalide (caractère nul, emoji coupé)';

/** Removes NUL characters and replaces lone surrogates with U+FFFD (�). */
export function cleanText(text: string): string {
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** cleanText on every string of a JSON-like value, object keys included. */
export function cleanDeep(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanDeep(v)]));
  }
  return value;
}

/** True when the text holds a control character (NUL, newline…) or a lone surrogate. */
export function hasUnsafeText(text: string): boolean {
  return CONTROL.test(text) || HAS_LONE_SURROGATE.test(text);
}

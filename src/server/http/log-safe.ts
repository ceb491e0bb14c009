// What goes into a log line from a request: control characters escaped, so a URL holding a newline
// cannot write a forged line of its own, and long values cut.
export function logSafe(text: string, max = 300): string {
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

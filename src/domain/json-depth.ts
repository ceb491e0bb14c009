// How deep a JSON value nests, measured without recursion, so a hostile payload nested thousands of
// levels deep is refused with a reason instead of overflowing a recursive walk further on.

/** Deepest nesting a pushed record may have: real records (a follow-up's history entries) stay under 6. */
export const MAX_RECORD_DEPTH = 32;
/** Deepest nesting a request body may have before it is even parsed (JSON.parse itself recurses). */
export const MAX_BODY_DEPTH = 5_000;

/** True when `value` nests deeper than `limit` objects/arrays; stops as soon as it knows. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ v: unknown; d: number }> = [{ v: value, d: 0 }];
  while (stack.length > 0) {
    const { v, d } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > limit) return true;
    for (const child of Object.values(v as Record<string, unknown>)) stack.push({ v: child, d: d + 1 });
  }
  return false;
}

/** The same question on raw JSON text, before parsing: brackets counted outside strings. */
export function textNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--;
  }
  return false;
}

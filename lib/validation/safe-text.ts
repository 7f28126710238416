import { z } from "zod";

// Text that no database column should receive: NUL (PostgreSQL refuses it in text) and lone UTF-16
// surrogates (not Unicode at all: both databases' drivers fail on them). Checked once, on the whole
// input, before any schema sees it: no string field can forget the check.

// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = "Some of that text has characters that cannot be stored (a broken or control character). Retype it and try again.";

export function isSafeText(text: string): boolean {
  return !UNSAFE_TEXT.test(text);
}

/** Whether any string in this value (object keys included, at any depth) is unsafe; iterative, so deep nesting cannot overflow the stack. */
export function hasUnsafeText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === "string") {
      if (!isSafeText(next)) return true;
    } else if (Array.isArray(next)) {
      // Not push(...next): spreading a wide array as arguments overflows the stack (~130k entries).
      for (const inner of next) pending.push(inner);
    } else if (next !== null && typeof next === "object") {
      for (const [key, inner] of Object.entries(next)) {
        if (!isSafeText(key)) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

/** The one refinement every input goes through: the schema runs only on input whose every string is safe. */
export function withSafeText<S extends z.ZodType>(schema: S) {
  return z
    .unknown()
    .refine((value) => !hasUnsafeText(value), UNSAFE_TEXT_MESSAGE)
    .pipe(schema);
}

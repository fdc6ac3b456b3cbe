/** Keys that reach Object.prototype when parsed data is later spread or assigned. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest nesting read. The game's own documents go about 6 deep (the ink state is a string inside them). */
export const JSON_MAX_DEPTH = 64;

/** Parsed JSON, or why the text could not be used. */
export type JsonReading = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parses JSON text and refuses any object holding a prototype key: the game never writes one, so
 * such data was tampered with, and refusing it means no later merge can pollute a prototype. Never throws.
 */
export function parseJson(text: string): JsonReading {
  // Checked first: the reviver recurses, so JSON nested 100,000 deep would end in a stack overflow, not a reason.
  if (nestingDepth(text) > JSON_MAX_DEPTH) {
    return { ok: false, reason: `it is nested more than ${JSON_MAX_DEPTH} levels deep` };
  }
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, inner: unknown) => {
      if (forbidden === null && PROTOTYPE_KEYS.has(key)) forbidden = key;
      return inner;
    });
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (forbidden !== null) return { ok: false, reason: `it holds the forbidden key "${forbidden}"` };
  return { ok: true, value };
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The deepest nesting of brackets and braces in JSON text, outside strings. One pass; no parsing. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Keys that reach Object.prototype when parsed data is later spread or assigned. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parsed JSON, or why the text could not be used. */
export type JsonReading = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parses JSON text and refuses any object holding a prototype key: the game never writes one, so
 * such data was tampered with, and refusing it means no later merge can pollute a prototype. Never throws.
 */
export function parseJson(text: string): JsonReading {
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

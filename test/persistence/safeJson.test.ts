import { describe, expect, it } from 'vitest';
import { isJsonObject, parseJson } from '../../src/persistence/safeJson.ts';

describe('reading JSON from storage', () => {
  it('reads ordinary JSON', () => {
    expect(parseJson('{"a":[1,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });

  it('refuses corrupt text with a reason instead of throwing', () => {
    for (const text of ['', '{', '{"a":1', 'NaN', "{'a':1}", '{"a":1}x']) {
      const read = parseJson(text);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.reason).toMatch(/not valid JSON/);
    }
  });

  it('refuses prototype keys at any depth, so no merge can pollute Object.prototype', () => {
    for (const text of [
      '{"__proto__":{"polluted":1}}',
      '{"a":[{"constructor":{"prototype":{}}}]}',
      '{"a":{"prototype":1}}',
    ]) {
      const read = parseJson(text);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.reason).toMatch(/forbidden key/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('allows those words as values and inside other keys', () => {
    expect(parseJson('{"name":"__proto__","constructors":1}').ok).toBe(true);
  });

  it('tells objects from arrays and null', () => {
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(null)).toBe(false);
    expect(isJsonObject('x')).toBe(false);
  });
});

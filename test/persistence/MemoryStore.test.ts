import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/persistence/MemoryStore.ts';

describe('the in-memory store', () => {
  it('keeps what is set until it is removed', () => {
    const store = new MemoryStore();
    expect(store.get('save:quick')).toEqual({ ok: true, value: null });
    expect(store.set('save:quick', 'text').ok).toBe(true);
    expect(store.get('save:quick')).toEqual({ ok: true, value: 'text' });
    expect(store.keys()).toEqual({ ok: true, value: ['save:quick'] });
    expect(store.remove('save:quick').ok).toBe(true);
    expect(store.get('save:quick').ok && store.get('save:quick')).toEqual({ ok: true, value: null });
    expect(store.keys()).toEqual({ ok: true, value: [] });
  });

  it('treats prototype names as ordinary keys', () => {
    const store = new MemoryStore([['__proto__', 'a']]);
    store.set('constructor', 'b');
    expect(store.get('__proto__')).toEqual({ ok: true, value: 'a' });
    expect(store.get('constructor')).toEqual({ ok: true, value: 'b' });
    expect(store.get('toString')).toEqual({ ok: true, value: null });
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it('removing a key that is not there is not a failure', () => {
    expect(new MemoryStore().remove('nothing').ok).toBe(true);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/story/hash.ts';
import { ReplayDataCache } from '../../src/tools/replayCache.ts';
import { replayData } from '../../src/tools/replayData.ts';
import { compileFixture } from '../support/ink.ts';

const folder = mkdtempSync(join(tmpdir(), 'ud-replay-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const json = compileFixture('replay/two-chapters.ink');
const edited = compileFixture('explorer/two-endings.ink');

describe('the replay data cache', () => {
  it('derives the same replay data in a child process, once per story, and keeps it on disk', async () => {
    const cache = new ReplayDataCache(folder);
    const [a, b] = await Promise.all([cache.compute(json, fnv1a(json)), cache.compute(json, fnv1a(json))]);
    expect(a).toEqual(replayData(json));
    expect(b).toBe(a);
    expect(cache.computed).toBe(1);
    // A new dev server (a new cache on the same folder) finds it without deriving it again.
    const later = new ReplayDataCache(folder);
    expect(later.get(fnv1a(json))).toEqual(a);
    await later.compute(json, fnv1a(json));
    expect(later.computed).toBe(0);
  }, 60_000);

  it('derives again for an edited story, whose hash differs', async () => {
    const cache = new ReplayDataCache(folder, true);
    expect(cache.get(fnv1a(edited))).toBeNull();
    const data = await cache.compute(edited, fnv1a(edited));
    expect(data.graph.start).toBe('crossroads');
    expect(cache.computed).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import {
  applyImport,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  describeImport,
  encodeCode,
  exportBundle,
  planImport,
  readBundle,
} from '../../../src/persistence/exportBundle.ts';
import { MemoryStore } from '../../../src/persistence/MemoryStore.ts';
import { ProfileStore } from '../../../src/persistence/ProfileStore.ts';
import { markLineSeen, profileToValue, recordEnding, freshProfile } from '../../../src/persistence/profile.ts';
import { Quarantine } from '../../../src/persistence/Quarantine.ts';
import { SaveSlots } from '../../../src/persistence/SaveSlots.ts';
import { deskSave } from '../support/saves.ts';

const AT = '2026-11-01T10:00:00.000Z';
const lineId = (n: number) => n.toString(16).padStart(8, '0');

/** A reader's browser: two saves, one ending really reached, 45 lines read, a foreign key. */
function readersBrowser() {
  const store = new MemoryStore([['another-game:progress', 'theirs']]);
  const quarantine = new Quarantine(store);
  const slots = new SaveSlots(store, quarantine);
  const profiles = new ProfileStore(store, quarantine);
  slots.write('manual-1', deskSave({ choice: 0 }));
  slots.quickSave(deskSave({ choice: 1, time: '2026-11-01T11:00:00.000Z' }));
  profiles.update((p) => recordEnding(p, 'desk-end', new Date(AT)));
  for (let n = 1; n <= 45; n++) profiles.update((p) => markLineSeen(p, lineId(n)));
  const snapshot = () =>
    new Map(store.keys().ok ? (store.keys() as { value: string[] }).value.map((k) => [k, store.get(k)]) : []);
  return { store, quarantine, slots, profiles, before: snapshot(), snapshot };
}

/** What the reader would see after trying to import `text`: the notice, and the browser after. */
function tryImport(text: string, known?: Parameters<typeof applyImport>[3]) {
  const b = readersBrowser();
  const read = readBundle(text);
  if (!read.ok) return { ...b, message: read.message, after: b.snapshot(), result: null, next: null };
  const result = applyImport(planImport(read.bundle, b.slots), b.slots, b.profiles, known);
  // The next visit: a fresh store over the same storage must read the same progress.
  const next = new ProfileStore(b.store, new Quarantine(b.store)).current;
  return { ...b, message: describeImport(result), after: b.snapshot(), result, next };
}

const bundle = (extra: Record<string, unknown>) =>
  JSON.stringify({
    format: BUNDLE_FORMAT,
    version: BUNDLE_FORMAT_VERSION,
    exportedAt: AT,
    slots: {},
    profile: null,
    ...extra,
  });

describe('hostile imports: refused with a message, nothing lost', () => {
  const refused: [string, () => string, RegExp][] = [
    ['text that is not JSON', () => '{ this is not json', /damaged and cannot be read: it is not valid JSON/],
    ['a random code', () => 'not-a-code!!', /not an Ultimate Defence save file or code/],
    ['a 6 MB file', () => bundle({ padding: 'x'.repeat(6 * 1024 * 1024) }), /too large .* limit is 5 MB/],
    [
      "another game's bundle",
      () => JSON.stringify({ format: 'renpy/persistent', version: 1, slots: { 'auto-1': {} } }),
      /not an Ultimate Defence save file/,
    ],
    [
      'JSON nested 100,000 deep',
      () =>
        bundle({ slots: { 'manual-1': JSON.parse('0') } }).replace(
          '"profile":null',
          `"profile":${'['.repeat(100_000)}${']'.repeat(100_000)}`,
        ),
      /nested more than 64 levels deep/,
    ],
    [
      'a __proto__ key',
      () => bundle({}).replace('"slots":{}', '"slots":{"__proto__":{"polluted":true}}'),
      /forbidden key "__proto__"/,
    ],
    [
      'a constructor key in the profile',
      () => bundle({}).replace('"profile":null', '"profile":{"constructor":{"prototype":{}}}'),
      /forbidden key "(constructor|prototype)"/,
    ],
  ];
  for (const [name, make, message] of refused) {
    it(name, () => {
      const started = performance.now();
      const attempt = tryImport(make());
      expect(attempt.message).toMatch(message);
      expect(attempt.after).toEqual(attempt.before);
      expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
      expect(performance.now() - started).toBeLessThan(5_000);
    });
  }
});

describe('hostile imports that are read: what is real goes in, the rest is named', () => {
  it("10,000 made-up slots: none written, one short list of what was left out, the reader's saves intact", () => {
    const slots = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`slot-${i}`, {}]));
    const read = readBundle(bundle({ slots }));
    expect(read.ok && read.preview.skipped.length).toBe(21);
    expect(read.ok && read.preview.skipped.at(-1)).toEqual({
      id: '9980 more',
      reason: 'these are not save slots of this game either',
    });
    const attempt = tryImport(bundle({ slots }));
    expect(attempt.message).toBe('Imported 0 saves.');
    expect(attempt.after).toEqual(attempt.before);
  });

  it('a profile of 1,000 endings the story does not have: dropped, and the ending really reached survives the next load', () => {
    const profile = profileToValue(freshProfile());
    profile.endings = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`fake-${i}`, AT]));
    const attempt = tryImport(bundle({ profile }), { endings: new Set(['desk-end', 'other-end']) });
    expect(attempt.message).toMatch(/left out of the imported profile: 1,000 endings this story does not have/i);
    expect([...attempt.next!.endings.keys()]).toEqual(['desk-end']);
    expect(attempt.next!.linesSeen.size).toBe(45);
    expect(attempt.quarantine.problems).toEqual([]);
  });

  it("a profile of 1,000 endings and no list of the story's: kept within the limit, the reader's ending first", () => {
    const profile = profileToValue(freshProfile());
    profile.endings = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`fake-${i}`, AT]));
    const attempt = tryImport(bundle({ profile }));
    expect(attempt.message).toMatch(/1 endings past the limit of 1,000/);
    expect(attempt.next!.endings.size).toBe(1_000);
    expect(attempt.next!.endings.has('desk-end')).toBe(true);
    expect(attempt.quarantine.problems).toEqual([]);
  });

  it('100,000 lines seen: the merge stays readable and keeps the 45 lines the reader read', () => {
    const profile = profileToValue(freshProfile());
    profile.linesSeen = Array.from({ length: 100_000 }, (_, i) => lineId(0x10000 + i))
      .sort()
      .join('');
    const attempt = tryImport(bundle({ profile }));
    expect(attempt.message).toMatch(/45 lines seen past the limit of 100,000/);
    expect(attempt.next!.linesSeen.size).toBe(100_000);
    for (let n = 1; n <= 45; n++) expect(attempt.next!.linesSeen.has(lineId(n))).toBe(true);
    expect(attempt.next!.endings.has('desk-end')).toBe(true);
    expect(attempt.quarantine.problems).toEqual([]);
    // About a second alone: 100,000 ids are sorted and checked a few times on the way.
  }, 30_000);

  it('a real export, as a code, still imports into the same browser without a duplicate', () => {
    const b = readersBrowser();
    const read = readBundle(encodeCode(exportBundle(b.slots, b.profiles.current)));
    if (!read.ok) throw new Error(read.message);
    const result = applyImport(planImport(read.bundle, b.slots), b.slots, b.profiles);
    expect(describeImport(result)).toBe(
      'Imported 0 saves. Endings, lines read and the route map were merged with yours.',
    );
    expect(b.snapshot()).toEqual(b.before);
  });
});

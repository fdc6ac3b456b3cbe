// Seeded fuzzing of the slot loader: valid saves from the real story, mutated many ways. Whatever is
// stored, loading must not throw, must not lose the other slots, and must report each bad save.
import { describe, expect, it } from 'vitest';
import { loadSave, resumeSlot } from '../../src/persistence/loadSave.ts';
import { MemoryStore } from '../../src/persistence/MemoryStore.ts';
import { Quarantine } from '../../src/persistence/Quarantine.ts';
import { SAVE_FORMAT_VERSION, serializeSave, type SavedRun } from '../../src/persistence/saveFormat.ts';
import { SaveSlots, SLOT_IDS, slotKey, type SlotId } from '../../src/persistence/SaveSlots.ts';
import { deskSave, runnerOn, TINY_PNG, tickingClock } from './support/saves.ts';

/** mulberry32: a tiny seeded generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

/**
 * What each field of a save may hold, written out independently of the valibot schema so the test is
 * an oracle, not a copy. `*` stands for any array index. Every object field is required unless marked
 * `optional` (added later: saves made before it lack it and still load).
 */
const FIELDS: Record<string, { types: JsonType[]; maxChars?: number; optional?: true }> = {
  version: { types: ['number'] },
  contentHash: { types: ['string'], maxChars: 128 },
  inkState: { types: ['string'], maxChars: 1_000_000 },
  choiceLog: { types: ['array'] },
  'choiceLog.*': { types: ['object'] },
  'choiceLog.*.index': { types: ['number'] },
  'choiceLog.*.text': { types: ['string', 'null'], maxChars: 2_000 },
  stepsSinceChoice: { types: ['number'] },
  recentLines: { types: ['array'] },
  'recentLines.*': { types: ['string'], maxChars: 16 },
  stage: { types: ['object'] },
  'stage.backdrop': { types: ['string', 'null'], maxChars: 64 },
  'stage.cast': { types: ['array'] },
  'stage.cast.*': { types: ['object'] },
  'stage.cast.*.who': { types: ['string'], maxChars: 64 },
  'stage.cast.*.expression': { types: ['string'], maxChars: 64 },
  'stage.cast.*.position': { types: ['string'], maxChars: 16 },
  'stage.music': { types: ['string', 'null'], maxChars: 64 },
  'stage.ambience': { types: ['string', 'null'], maxChars: 64 },
  'stage.wall': { types: ['number'] },
  'stage.stone': { types: ['boolean'] },
  'stage.chapter': { types: ['object', 'null'] },
  'stage.chapter.number': { types: ['number'] },
  'stage.chapter.title': { types: ['string'], maxChars: 200 },
  'stage.ending': { types: ['object', 'null'] },
  'stage.ending.id': { types: ['string'], maxChars: 64 },
  'stage.ending.title': { types: ['string'], maxChars: 200 },
  'stage.closeup': { types: ['string', 'null'], maxChars: 64, optional: true },
  current: { types: ['object', 'null'] },
  'current.line': { types: ['object', 'null'] },
  'current.line.id': { types: ['string'], maxChars: 16 },
  'current.line.speaker': { types: ['string', 'null'], maxChars: 200 },
  'current.line.text': { types: ['string'], maxChars: 20_000 },
  'current.choices': { types: ['array'] },
  'current.choices.*': { types: ['object'] },
  'current.choices.*.index': { types: ['number'] },
  'current.choices.*.text': { types: ['string'], maxChars: 2_000 },
  'current.ended': { types: ['boolean'] },
  time: { types: ['string'] },
  label: { types: ['object'] },
  'label.chapter': { types: ['string', 'null'], maxChars: 200 },
  'label.excerpt': { types: ['string'], maxChars: 240 },
  thumbnail: { types: ['string', 'null'], maxChars: 16 * 1024 },
  needsAttention: { types: ['object', 'null'] },
  'needsAttention.reason': { types: ['string'], maxChars: 2_000 },
  'needsAttention.since': { types: ['string'] },
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const typeOf = (value: Json): JsonType =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as JsonType);
const specOf = (path: Path) => FIELDS[path.map((p) => (typeof p === 'number' ? '*' : p)).join('.')];

/** Every path in a value, parents before children. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = [];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push([...prefix, i], ...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push([...prefix, key], ...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

function parentOf(root: Json, path: Path): { [key: string]: Json } | Json[] {
  let node: Json = root;
  for (const step of path.slice(0, -1)) node = (node as Record<string | number, Json>)[step];
  return node as { [key: string]: Json } | Json[];
}

const at = (root: Json, path: Path): Json =>
  (parentOf(root, path) as Record<string | number, Json>)[path[path.length - 1]];
function put(root: Json, path: Path, value: Json): void {
  (parentOf(root, path) as Record<string | number, Json>)[path[path.length - 1]] = value;
}

const SAMPLES: Record<JsonType, Json[]> = {
  string: ['x', '', '2'],
  number: [42, -1.5, 0],
  boolean: [true, false],
  null: [null],
  array: [[], [1, 'a'], [{}]],
  object: [{}, { a: 1 }, { version: 2 }],
};

/** A mutated save text and what the loader must make of it. */
interface Mutation {
  kind: MutationKind;
  name: string;
  text: string;
  expect: 'unreadable' | 'future';
}

const MUTATION_KINDS = [
  'truncate',
  'wrongType',
  'delete',
  'huge',
  'protoKey',
  'nanish',
  'shape',
  'future',
  'topLevel',
  'outOfRange',
] as const;
type MutationKind = (typeof MUTATION_KINDS)[number];

/** One mutation of `base`, chosen by `rnd`. Each kind is built so that the result is certainly not a valid save. */
function mutate(base: SavedRun, rnd: () => number): Mutation {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const clone = (): Json => JSON.parse(serializeSave(base)) as Json;
  const text = serializeSave(base);
  const paths = pathsOf(clone());
  for (const path of paths) if (!specOf(path)) throw new Error(`the fuzz oracle does not know ${path.join('.')}`);
  const kind = pick(MUTATION_KINDS);

  switch (kind) {
    case 'truncate': {
      const cut = Math.floor(rnd() * text.length);
      return { kind, name: `truncated at ${cut}`, text: text.slice(0, cut), expect: 'unreadable' };
    }
    case 'wrongType': {
      const path = pick(paths);
      const allowed = specOf(path).types;
      const wrong = (Object.keys(SAMPLES) as JsonType[]).filter((t) => !allowed.includes(t));
      const value = pick(SAMPLES[pick(wrong)]);
      const save = clone();
      put(save, path, value);
      return {
        kind,
        name: `${path.join('.')} = ${JSON.stringify(value)}`,
        text: JSON.stringify(save),
        expect: 'unreadable',
      };
    }
    case 'delete': {
      const path = pick(paths.filter((p) => typeof p[p.length - 1] === 'string' && !specOf(p).optional));
      const save = clone();
      delete (parentOf(save, path) as Record<string, Json>)[path[path.length - 1]];
      return { kind, name: `deleted ${path.join('.')}`, text: JSON.stringify(save), expect: 'unreadable' };
    }
    case 'huge': {
      const path = pick(
        paths.filter((p) => specOf(p).maxChars !== undefined || ['time', 'needsAttention.since'].includes(p.join('.'))),
      );
      const save = clone();
      put(save, path, 'x'.repeat((specOf(path).maxChars ?? 64) + 1));
      return { kind, name: `huge ${path.join('.')}`, text: JSON.stringify(save), expect: 'unreadable' };
    }
    case 'protoKey': {
      const save = clone();
      const objects = [[], ...paths].filter((p) => typeOf(p.length ? at(save, p) : save) === 'object');
      const path = pick(objects);
      const target = (path.length ? at(save, path) : save) as Record<string, Json>;
      const key = pick(['__proto__', 'constructor', 'prototype']);
      // defineProperty makes `__proto__` an own key, as JSON.parse would, so stringify writes it out.
      Object.defineProperty(target, key, {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return {
        kind,
        name: `${key} in ${path.join('.') || 'the root'}`,
        text: JSON.stringify(save),
        expect: 'unreadable',
      };
    }
    case 'nanish': {
      const path = pick(paths.filter((p) => specOf(p).types.includes('number')));
      const token = pick(['NaN', 'Infinity', '-Infinity', '1e999', '-1e999', 'undefined']);
      const save = clone();
      put(save, path, '\u0000NUMBER\u0000');
      return {
        kind,
        name: `${path.join('.')} = ${token}`,
        text: JSON.stringify(save).replace('"\\u0000NUMBER\\u0000"', token),
        expect: 'unreadable',
      };
    }
    case 'outOfRange': {
      const path = pick(paths.filter((p) => specOf(p).types.includes('number')));
      const value = pick([-1, 0.5, -0.25]);
      const save = clone();
      put(save, path, value);
      return { kind, name: `${path.join('.')} = ${value}`, text: JSON.stringify(save), expect: 'unreadable' };
    }
    case 'shape': {
      const save = clone();
      const path = pick(paths.filter((p) => ['array', 'object'].includes(typeOf(at(save, p)))));
      const value = at(save, path);
      const swapped: Json = Array.isArray(value)
        ? Object.fromEntries(value.map((item, i) => [String(i), item]))
        : Object.values(value as object);
      put(save, path, swapped);
      return {
        kind,
        name: `${path.join('.')} as ${Array.isArray(value) ? 'object' : 'array'}`,
        text: JSON.stringify(save),
        expect: 'unreadable',
      };
    }
    case 'future': {
      const save = clone() as Record<string, Json>;
      save.version = SAVE_FORMAT_VERSION + 1 + Math.floor(rnd() * 1000);
      if (rnd() < 0.5) save.shapeOfTheFuture = { anything: [1, 2, 3] };
      return { kind, name: `version ${save.version}`, text: JSON.stringify(save), expect: 'future' };
    }
    case 'topLevel': {
      const value = pick(['null', '[]', '"save"', '42', 'true', '', '{}', '[{}]', ' ', '\u0000', '{"version":2}']);
      return { kind, name: `the whole save is ${JSON.stringify(value)}`, text: value, expect: 'unreadable' };
    }
  }
}

const minute = (n: number) => new Date(Date.parse('2026-11-01T10:00:00.000Z') + n * 60_000).toISOString();

/** A browser with three good saves, a profile and a foreign key under the prefix. */
function browserWithGoodSaves() {
  const good = new Map<SlotId, string>([
    ['manual-1', serializeSave(deskSave({ choice: 0, time: minute(1) }))],
    ['quick', serializeSave(deskSave({ choice: 1, time: minute(3), thumbnail: TINY_PNG }))],
    ['auto-1', serializeSave(deskSave({ time: minute(2) }))],
  ]);
  const store = new MemoryStore([...good].map(([id, text]) => [slotKey(id), text] as const));
  store.set('something-else', '{"not": "a save"');
  store.set('profile', '{"version":1}');
  const quarantine = new Quarantine(store, tickingClock());
  return { store, quarantine, good, slots: new SaveSlots(store, quarantine) };
}

// Hundreds of loads, each running the ink story: 16 s measured for the 600 on a 2-core machine at
// load 19, where the 5 s default failed a suite with nothing wrong. A hang still fails, at two minutes.
describe('the slot loader under fuzzing', { timeout: 120_000 }, () => {
  const bases = [deskSave({ choice: 0, time: minute(0), thumbnail: TINY_PNG }), deskSave({ time: minute(0) })];
  bases.push({
    ...bases[1],
    stage: { ...bases[1].stage, ending: { id: 'desk-end', title: 'The Desk' } },
    needsAttention: { reason: 'r', since: minute(0) },
  });

  it('600 mutated saves: each is reported, and the other slots still load', () => {
    const rnd = random(20261105);
    const kinds = new Map<MutationKind, number>();
    for (let round = 0; round < 600; round++) {
      const mutation = mutate(bases[round % bases.length], rnd);
      const context = `round ${round}: ${mutation.name}`;
      kinds.set(mutation.kind, (kinds.get(mutation.kind) ?? 0) + 1);
      const { store, quarantine, good, slots } = browserWithGoodSaves();
      const target = (['manual-5', 'auto-3', 'manual-24'] as const)[round % 3];
      store.set(slotKey(target), mutation.text);

      expect(() => {
        slots.list();
        slots.newest();
        for (const id of SLOT_IDS) slots.read(id);
        resumeSlot(slots, target, runnerOn());
      }, context).not.toThrow();

      for (const [id, text] of good) {
        expect(slots.read(id), `${context}: ${id}`).toEqual({ state: 'saved', save: JSON.parse(text) });
      }
      expect(slots.newest()?.id, context).toBe('quick');
      expect(store.get('something-else').ok && store.get('something-else'), context).toEqual({
        ok: true,
        value: '{"not": "a save"',
      });
      expect(quarantine.problems, context).toHaveLength(1);
      const [problem] = quarantine.problems;
      expect(problem.key, context).toBe(slotKey(target));
      if (mutation.expect === 'unreadable') {
        expect(problem.action, context).toBe('setAside');
        expect(slots.summary(target).state, context).toBe('empty');
        expect(quarantine.read(problem.movedTo ?? ''), context).toBe(mutation.text);
      } else {
        expect(problem.action, context).toBe('leftInPlace');
        expect(slots.summary(target).state, context).toBe('newerVersion');
        expect(store.get(slotKey(target)), context).toEqual({ ok: true, value: mutation.text });
      }
    }
    // Every kind of damage was tried many times.
    for (const kind of MUTATION_KINDS) expect(kinds.get(kind), kind).toBeGreaterThan(30);
    // About 3 s alone; several times that on a machine shared by many test runs.
  }, 60_000);

  it('every slot bad at once except three: the three load and every bad one is reported', () => {
    const rnd = random(7);
    for (let round = 0; round < 40; round++) {
      const { store, quarantine, good, slots } = browserWithGoodSaves();
      const bad = SLOT_IDS.filter((id) => !good.has(id));
      const mutations = bad.map((id, i) => {
        const mutation = mutate(bases[(round + i) % bases.length], rnd);
        store.set(slotKey(id), mutation.text);
        return mutation;
      });
      expect(() => slots.list()).not.toThrow();
      for (const [id, text] of good) expect(slots.read(id)).toEqual({ state: 'saved', save: JSON.parse(text) });
      expect(quarantine.problems.map((p) => p.key).sort()).toEqual(bad.map(slotKey).sort());
      const futures = mutations.filter((m) => m.expect === 'future').length;
      expect(quarantine.entries()).toHaveLength(bad.length - futures);
    }
  });

  it('well-formed nonsense (random ink states, choice logs, steps) never makes loading throw', () => {
    const rnd = random(99);
    const runner = runnerOn();
    for (let round = 0; round < 200; round++) {
      const base = bases[round % bases.length];
      const save: SavedRun = {
        ...base,
        contentHash: rnd() < 0.5 ? runner.contentHash : 'deadbeef',
        inkState:
          rnd() < 0.3
            ? base.inkState.slice(0, Math.floor(rnd() * base.inkState.length)) + '}'
            : rnd() < 0.5
              ? '{}'
              : base.inkState,
        choiceLog: Array.from({ length: Math.floor(rnd() * 4) }, () => ({
          index: Math.floor(rnd() * 3),
          text: rnd() < 0.5 ? null : 'Leap the desk',
        })),
        stepsSinceChoice: Math.floor(rnd() * 50),
      };
      let outcome: ReturnType<typeof loadSave> | undefined;
      expect(() => (outcome = loadSave(runnerOn(), save)), `round ${round}`).not.toThrow();
      expect(['restored', 'replayed', 'needsAttention']).toContain(outcome?.kind);
    }
  });
});

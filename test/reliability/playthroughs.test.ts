// Seeded random readings of the real story in node, through the reading session as the game drives
// it (randomReader.ts): random choices, rollbacks, saves, quick saves and loads, each reading to an
// ending. Every run checks that nothing is lost: each save loads back to its line, the profile only
// grows, the storage holds what it held plus the game's own keys, and every notice is words. A
// failure names its seed; `RELIABILITY_SEED=n` replays that one reader alone.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { replayData } from '../../src/tools/replayData.ts';
import { buildInk } from '../../src/tools/vitePluginInk.ts';
import { runCount } from './random.ts';
import { oneReader, READINGS_PER_READER, type Story, type Tally } from './randomReader.ts';

/** Readers, each with their own storage and two readings over it (RELIABILITY_LONG=1: twenty times as many). */
const READERS = runCount(150, 1000);

let story: Story;

beforeAll(() => {
  const built = buildInk(fileURLToPath(new URL('../../ink/main.ink', import.meta.url)));
  if (!built.json) throw new Error(`ink/main.ink did not build: ${JSON.stringify(built.diagnostics)}`);
  story = { json: built.json, replay: replayData(built.json) };
}, 300_000);

describe('random readings of the whole story, in node', () => {
  it(`${READERS} readers, ${READINGS_PER_READER} readings each, lose nothing and always reach an ending`, async () => {
    const only = process.env.RELIABILITY_SEED;
    const seeds = only ? [Number(only)] : Array.from({ length: READERS }, (_, n) => 1000 + n);
    const tally: Tally = { readings: 0, endings: 0, actions: 0, rollbacks: 0, saves: 0, loads: 0, savesChecked: 0 };
    const failures: string[] = [];
    const started = Date.now();
    for (const seed of seeds) {
      try {
        await oneReader(story, seed, tally);
      } catch (error) {
        failures.push(`seed ${seed}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 600));
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `[reliability] ${seeds.length} readers, ${tally.readings} readings, ${tally.endings} endings, ` +
        `${tally.actions} actions, ${tally.rollbacks} rollbacks, ${tally.saves} saves, ${tally.loads} loads, ` +
        `${tally.savesChecked} saves loaded back, ${failures.length} failures, ${seconds} s`,
    );
    expect(failures).toEqual([]);
    expect(tally.endings).toBe(seeds.length * READINGS_PER_READER);
    expect(tally.loads).toBeGreaterThan(seeds.length / 2);
  }, 1_800_000);
});

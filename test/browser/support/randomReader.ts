// A reader who reads the game in a page (or a frame) at random, from a seed: random choices,
// rollbacks with Page Up, quick saves with F5 and quick loads with F9, Space to read on, until the
// end screen. Each quick load must land on the line the quick save was made on. Used by the
// reliability suite (test/browser/reliability*.test.ts); the seed names a failing reading.
import type { Frame, Page } from 'playwright-core';
import { Random } from '../../reliability/random.ts';
import { STALL_MS } from './player.ts';

/** What a random reading did. */
export interface RandomReading {
  lines: number;
  choices: number;
  rollbacks: number;
  quickSaves: number;
  quickLoads: number;
  ending: string;
}

/** What the reader sees: the mirrored line, the choices, the end screen, a line still typing in, a screen over the story. */
interface Seen {
  live: string;
  choices: number;
  ended: boolean;
  revealing: boolean;
  overlay: boolean;
}

const look = (where: Page | Frame): Promise<Seen> =>
  where.evaluate(() => ({
    live: document.getElementById('live')?.textContent ?? '',
    choices: document.querySelectorAll('#choices button').length,
    ended: !document.getElementById('end')!.hidden,
    revealing: (document.querySelector('.ud-line__rest')?.textContent ?? '').length > 0,
    overlay: !!document.querySelector('dialog[open]'),
  }));

/** Waits (briefly: a press the game was too busy to take is pressed again) until `changed` holds. */
async function settle(where: Page | Frame, before: Seen, timeout = 500): Promise<void> {
  await where
    .waitForFunction(
      (b) => {
        const live = document.getElementById('live')?.textContent ?? '';
        const rest = document.querySelector('.ud-line__rest')?.textContent ?? '';
        return (
          live !== b.live ||
          document.querySelectorAll('#choices button').length !== b.choices ||
          !document.getElementById('end')!.hidden ||
          (b.revealing && rest.length === 0)
        );
      },
      before,
      { timeout },
    )
    .catch(() => undefined);
}

/**
 * Reads to the end screen at random from `seed`; keys go to `keys` (the page that holds the frame).
 * Fails when nothing new has appeared for STALL_MS, or when a quick load lands anywhere but on the
 * line its quick save was made on.
 */
export async function readAtRandom(
  keys: Page,
  where: Page | Frame,
  seed: number,
  maxActions = 6000,
): Promise<RandomReading> {
  const random = new Random(seed);
  const did: RandomReading = { lines: 0, choices: 0, rollbacks: 0, quickSaves: 0, quickLoads: 0, ending: '' };
  let quick: string | null = null;
  let last = '';
  let progressAt = Date.now();
  for (let action = 0; action < maxActions; action++) {
    const seen = await look(where);
    if (seen.live !== last) [last, progressAt, did.lines] = [seen.live, Date.now(), did.lines + 1];
    else if (Date.now() - progressAt > STALL_MS)
      throw new Error(`seed ${seed}: no new line for ${STALL_MS / 1000} s after ${did.lines} lines; last: ${last}`);
    if (seen.ended) return { ...did, ending: seen.live };
    // A notice's button or a screen over the story is not this reader's business: Escape closes it.
    if (seen.overlay) {
      await keys.keyboard.press('Escape');
      continue;
    }
    const roll = random.weighted({
      read: 90,
      back: did.rollbacks < 15 ? 4 : 0,
      save: seen.choices || seen.revealing ? 0 : 2,
      load: quick !== null && quick !== seen.live && did.quickLoads < 3 ? 2 : 0,
    });
    if (roll === 'back') {
      did.rollbacks++;
      await keys.keyboard.press('PageUp');
    } else if (roll === 'save') {
      did.quickSaves++;
      quick = seen.live;
      await keys.keyboard.press('F5');
    } else if (roll === 'load') {
      did.quickLoads++;
      await keys.keyboard.press('F9');
      const landed = await where
        .waitForFunction((line) => document.getElementById('live')?.textContent === line, quick, { timeout: STALL_MS })
        .then(() => true)
        .catch(() => false);
      if (!landed) throw new Error(`seed ${seed}: F9 did not land on the quick save's line "${quick}"`);
      continue;
    } else if (seen.choices) {
      did.choices++;
      await keys.keyboard.press(String(1 + random.below(seen.choices)));
    } else await keys.keyboard.press(random.chance(0.5) ? 'Space' : 'Enter');
    await settle(where, seen);
  }
  throw new Error(`seed ${seed}: no end screen after ${maxActions} actions; last line: ${last}`);
}

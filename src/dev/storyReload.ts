// Dev only: the game's side of the hot story reload. The ink plugin compiles a saved .ink file and
// sends the story JSON as a custom HMR event (src/tools/vitePluginInk.ts, STORY_EVENT); here the
// reading session replays this reading on it (ReadingSession.swapStory) and the play scene restarts
// on the same line, with its stage, music and backlog, without a page reload.
import { StoryRunner } from '../story/StoryRunner.ts';
import type { StoryUpdate } from '../tools/vitePluginInk.ts';
import type { DevWiring } from './devTools.ts';

/** The plugin's STORY_EVENT (a value import would bring node code into the page; a test keeps them equal). */
export const STORY_EVENT = 'ultimate-defence:story';

/** What the last hot reload did, for the dev bench and the browser test. */
export interface StoryReloadMark {
  /** Reloads so far on this page. */
  count: number;
  contentHash: string;
  /** Where the reading landed (`SwapLanding['on']`), or `idle` with no reading under way. */
  landing: string;
  /** The server's clock when it saw the saved file, and the page's when the new line was shown. */
  seenAt: number;
  shownAt: number;
  /** How long the server took to compile the story. */
  compileMs: number;
}

declare global {
  interface Window {
    /** Dev only: the last hot story reload (storyReload.ts). */
    __storyReload?: StoryReloadMark;
  }
}

/** Listens for rebuilt stories and swaps each in, one at a time, in the order they were saved; then `swapped`. */
export function wireStoryReload(wiring: DevWiring, swapped: (update: StoryUpdate) => void): void {
  const hot = import.meta.hot;
  if (!hot) return;
  let queue = Promise.resolve();
  hot.on(STORY_EVENT, (update: StoryUpdate) => {
    queue = queue.then(() => swapIn(wiring, update)).then(() => swapped(update));
  });
}

/** A runner on `json` that reports tag problems to the console, as main.ts's does. */
function runnerOn(json: string): () => StoryRunner {
  return () => {
    const runner = new StoryRunner(json);
    runner.events.on('tagProblem', (p) => console.warn(`[story] tag "${p.tag}" at ${p.location}: ${p.message}`));
    return runner;
  };
}

async function swapIn(wiring: DevWiring, update: StoryUpdate): Promise<void> {
  const game = await wiring.loading;
  let swapped: ReturnType<typeof game.session.swapStory>;
  try {
    swapped = game.session.swapStory(runnerOn(update.json));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    wiring.notice.show(`Story reload failed (${why}); still reading the last good story.`);
    return;
  }
  // The story compiles again: the overlay of the last failed compile goes.
  for (const overlay of document.querySelectorAll('vite-error-overlay'))
    (overlay as HTMLElement & { close(): void }).close();
  if (swapped && game.shell.scene) {
    const shown = new Promise<void>((resolve) => {
      const off = game.shell.events.on('stepDisplayed', () => {
        off();
        resolve();
      });
    });
    await game.shell.play({
      playthrough: swapped.playthrough,
      preferences: wiring.preferences(),
      seen: (id) => game.session.seen(id),
      resume: true,
      opening: null,
    });
    await shown;
  }
  if (swapped?.notice) wiring.notice.show(swapped.notice);
  const count = (window.__storyReload?.count ?? 0) + 1;
  const landing = swapped?.landing.on ?? 'idle';
  window.__storyReload = {
    count,
    contentHash: update.contentHash,
    landing,
    seenAt: update.seenAt,
    shownAt: Date.now(),
    compileMs: update.compileMs,
  };
  console.info(`[story] reloaded ${update.file} (${landing}, compiled in ${update.compileMs.toFixed(0)} ms)`);
}

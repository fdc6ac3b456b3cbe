// What the title shows of the reader's progress, from the saves and the profile.
import type { Persistence } from '../persistence/openPersistence.ts';

/** What the title shows (presentation/dom/TitleScreen.ts draws it). */
export interface TitleState {
  /** The slot Continue resumes, or null when there is nothing to continue. */
  continueSlot: string | null;
  /**
   * Some slot holds a save to load. Load is offered either way: in a new browser (no saves yet) it
   * is where saves exported from another browser are imported (#22).
   */
  canLoad: boolean;
  /** The content note has not been shown in a reading yet. */
  contentNote: boolean;
  linesSeen: number;
  totalLines: number;
  endingsReached: number;
  totalEndings: number;
  /** Something of the route map has been found: the map and chapter select are offered. */
  mapFound: boolean;
}

/** The story's totals the title counts against (the replay data fits). */
export interface StoryTotals {
  totalLines: number;
  endings: readonly { id: string }[];
}

/** The title's state: Continue resumes the newest save; progress counts only endings this story has. */
export function titleState(persistence: Pick<Persistence, 'slots' | 'profile'>, story: StoryTotals): TitleState {
  const { slots, profile } = persistence;
  const current = profile.current;
  return {
    continueSlot: slots.newest()?.id ?? null,
    canLoad: slots.list().some((s) => s.state === 'saved'),
    contentNote: !current.contentNoteSeen,
    linesSeen: current.linesSeen.size,
    totalLines: story.totalLines,
    endingsReached: story.endings.filter((e) => current.endings.has(e.id)).length,
    totalEndings: story.endings.length,
    mapFound: current.routeMap.nodes.size > 0,
  };
}

/** What the end screen says of an ending: which of how many, for the card, the screen reader and the found count. */
export function endingSummary(
  endings: readonly { id: string }[],
  ending: { id: string; title: string } | null,
  reached: ReadonlyMap<string, unknown>,
): { count: { number: number; total: number } | null; said: string; found: string } {
  const total = endings.length;
  const number = endings.findIndex((e) => e.id === ending?.id) + 1;
  if (!ending || !number) return { count: null, said: ending ? `Ending: ${ending.title}` : 'The end', found: '' };
  const found = endings.filter((e) => reached.has(e.id)).length;
  return {
    count: { number, total },
    said: `Ending ${number} of ${total}: ${ending.title}`,
    found: `You have found ${found} of ${total} endings.`,
  };
}

// The title (plain HTML in index.html, on screen before any script) and the end screen's button:
// which title buttons show, the progress line and the content note. The composition root says what
// the reader has; this decides nothing about the story.
import type { TitleState } from '../../reading/titleState.ts';
import { progressText } from './EndingsView.ts';

/** The title buttons the composition root listens to. */
export type TitleButton = 'begin' | 'continue' | 'load' | 'settings' | 'endings' | 'route-map' | 'chapters' | 'credits';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The title and end screens. */
export class TitleScreen {
  readonly title = byId('title');
  readonly end = byId('end');
  readonly toTitle = byId<HTMLButtonElement>('to-title');
  private readonly note = byId('content-note');
  private readonly progress = byId('progress');

  /** The title button with id `which`. */
  button(which: TitleButton): HTMLButtonElement {
    return byId<HTMLButtonElement>(which);
  }

  /** Calls `listener` when the title button `which` is clicked. */
  on(which: TitleButton, listener: () => void): void {
    this.button(which).addEventListener('click', listener);
  }

  /** True while the reader is at neither the title nor the end screen (reading). */
  get reading(): boolean {
    return this.title.hidden && this.end.hidden;
  }

  /** Shows what the reader has: Continue, Load (or Import saves), the map and chapters, progress, the content note. */
  refresh(state: TitleState): void {
    const continueButton = this.button('continue');
    continueButton.hidden = state.continueSlot === null;
    if (state.continueSlot) continueButton.dataset.slot = state.continueSlot;
    // Always offered: with no saves yet it opens the same screen, for its import (#22).
    const load = this.button('load');
    load.hidden = false;
    load.textContent = state.canLoad ? 'Load' : 'Import saves';
    this.note.hidden = !state.contentNote;
    this.progress.textContent = progressText(
      state.linesSeen,
      state.totalLines,
      state.endingsReached,
      state.totalEndings,
    );
    this.progress.hidden = state.linesSeen === 0;
    this.button('route-map').hidden = !state.mapFound;
    this.button('chapters').hidden = !state.mapFound;
  }

  /** The title, for a reader back from a reading. */
  show(): void {
    this.end.hidden = true;
    this.title.hidden = false;
    this.button('begin').focus();
  }

  /** Neither title nor end screen: the story is on screen. */
  hide(): void {
    this.title.hidden = true;
    this.end.hidden = true;
  }

  /**
   * The end screen, held until the reader chooses: focus on the screen itself, not a button, so the
   * key that ended the story (or one pressed in the next moment) cannot skip past it (#22).
   */
  showEnd(found: string): void {
    byId('end-found').textContent = found;
    byId('end-heading').textContent = found ? `The end. ${found}` : 'The end';
    this.end.hidden = false;
    this.end.focus({ preventScroll: true });
  }

  /** Calls `listener` when the end screen's button `which` is clicked. */
  onEnd(which: 'endings' | 'map' | 'credits' | 'keep', listener: () => void): void {
    byId(`end-${which}`).addEventListener('click', listener);
  }

  /** The game could not load (`error` goes to the console): Begin is disabled and the note says so. */
  failed(error: unknown): void {
    console.error(error);
    this.button('begin').disabled = true;
    this.note.hidden = false;
    this.note.textContent = 'The game could not load. Please reload the page.';
  }
}

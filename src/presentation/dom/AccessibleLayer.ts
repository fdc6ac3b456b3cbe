import type { Line } from '../../story/lines.ts';
import type { ChoiceOption } from '../../story/StoryRunner.ts';

/**
 * The DOM beside the canvas: each line mirrored into an aria-live region, and the choices as
 * real, labelled, focusable buttons, so a screen reader user can read and play.
 */
export class AccessibleLayer {
  /**
   * `headings` is a second polite live region for chapter titles: a title and the chapter's first
   * line arrive in the same moment, and one region would let the line overwrite the title unheard.
   */
  constructor(
    private readonly live: HTMLElement,
    private readonly choices: HTMLElement,
    private readonly headings: HTMLElement | null = null,
  ) {}

  /** Speaks a chapter's number and title, heard before its first line. */
  heading(number: number, title: string): void {
    const text = `Chapter ${number}: ${title}`;
    if (this.headings) this.headings.textContent = text;
    else this.say(text);
  }

  /** Speaks a line through the live region ("Kakashi: Yo."). */
  announce(line: Line): void {
    this.live.textContent = line.speaker ? `${line.speaker}: ${line.text}` : line.text;
  }

  /** Speaks a short notice (a chapter title, an ending). */
  say(text: string): void {
    this.live.textContent = text;
  }

  /** The text last announced. */
  get lastAnnounced(): string {
    return this.live.textContent ?? '';
  }

  /** Offers the choices as buttons; `onChoose` gets the position of the one pressed. */
  offer(options: readonly ChoiceOption[], onChoose: (position: number) => void): void {
    this.clear();
    options.forEach((option, position) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = option.text;
      button.setAttribute('aria-label', `Choice ${position + 1} of ${options.length}: ${option.text}`);
      button.dataset.position = String(position);
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        onChoose(position);
      });
      this.choices.append(button);
    });
    this.choices.hidden = false;
  }

  /** Moves keyboard focus to the choice at `position` (kept in step with the canvas highlight). */
  focus(position: number): void {
    const button = this.choices.querySelectorAll('button')[position];
    button?.focus({ preventScroll: true });
  }

  /** Removes the choice buttons. */
  clear(): void {
    const hadFocus = this.choices.contains(document.activeElement);
    this.choices.replaceChildren();
    this.choices.hidden = true;
    // Keep keys flowing to the game once the focused button is gone.
    if (hadFocus) (document.getElementById('game') ?? document.body).focus({ preventScroll: true });
  }
}

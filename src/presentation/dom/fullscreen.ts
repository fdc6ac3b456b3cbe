/**
 * The Fullscreen toggle in the top-right corner (`#fullscreen` in index.html, hidden there).
 *
 * - Shown only where the Fullscreen API works (`document.fullscreenEnabled`): inside itch.io's iframe
 *   that needs `allow="fullscreen"`; iPhone Safari has no element fullscreen, so it stays hidden.
 * - A click enters fullscreen on the whole page (so the HTML title, menus and overlays come along) or
 *   leaves it; `aria-pressed` and the label follow the real state, also when Escape leaves it.
 * - On phones, entering fullscreen also asks to lock landscape (Android honours it; others refuse quietly).
 * - Like the quick bar: a pointer click hands focus back, so Space and Enter keep reading the story rather
 *   than pressing this button again; Enter/Space on the focused button is the button's, not the story's.
 */
export function wireFullscreen(button: HTMLButtonElement): void {
  if (!document.fullscreenEnabled || typeof document.documentElement.requestFullscreen !== 'function') {
    button.hidden = true;
    return;
  }
  const update = () => {
    const on = document.fullscreenElement !== null;
    button.setAttribute('aria-pressed', String(on));
    button.setAttribute('aria-label', on ? 'Exit fullscreen' : 'Fullscreen');
    button.title = on ? 'Exit fullscreen' : 'Fullscreen';
  };
  // The mouse press would move focus to the button (and away from the game); keep it where it is.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    if (event.detail > 0) button.blur();
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
      return;
    }
    void document.documentElement
      .requestFullscreen({ navigationUI: 'hide' })
      .then(() => lockLandscape())
      .catch(() => undefined);
  });
  for (const type of ['keydown', 'keyup'] as const) {
    button.addEventListener(type, (event) => {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') event.stopPropagation();
    });
  }
  document.addEventListener('fullscreenchange', update);
  update();
  button.hidden = false;
}

/** `screen.orientation.lock` is not in every DOM typing, nor in every browser. */
function lockLandscape(): void {
  const orientation = screen.orientation as ScreenOrientation & { lock?: (kind: string) => Promise<void> };
  if (!matchMedia('(pointer: coarse)').matches || typeof orientation?.lock !== 'function') return;
  orientation.lock('landscape').catch(() => undefined);
}

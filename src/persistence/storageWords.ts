import type { StoreFailure } from './keyValueStore.ts';

/** What went wrong with storage, as the middle of a sentence a reader can act on. */
export function storageTrouble(failure: StoreFailure): string {
  switch (failure.kind) {
    case 'quota':
      return "this site's storage is full (on itch.io every game shares about 5 MB)";
    case 'unavailable':
      return 'this browser is not letting the page keep anything (a private window, blocked site data, or a strict frame)';
    case 'failed':
      return `the browser refused to store it (${failure.message || 'no reason given'})`;
  }
}

/**
 * The notice for a save that did not reach lasting storage. `keptForSession`: it is still in memory, so
 * it loads until the page closes, and export keeps it.
 */
export function notSavedNotice(failure: StoreFailure, keptForSession: boolean): string {
  const after = keptForSession
    ? ' It is kept until you close this page: export your saves to keep them.'
    : ' Export your saves to keep them.';
  return `Not saved: ${storageTrouble(failure)}.${after}`;
}

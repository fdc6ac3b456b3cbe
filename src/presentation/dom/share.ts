// Sharing and copying text from inside a page that may be framed (itch.io) or on a phone: the Web
// Share API where the browser has it and the frame allows it, else the clipboard, else a text the
// reader copies by hand. Never throws; says which happened.

/** What sharing or copying did. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'manual';

/** Shares `text` with the system's share sheet, or copies it where there is none (or the frame forbids it). */
export async function shareOrCopy(text: string): Promise<ShareOutcome> {
  const data = { text };
  if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      // The reader closed the sheet: nothing more to do. Refused by the frame's policy: copy instead.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(text)) ? 'copied' : 'manual';
}

/** Copies `text` to the clipboard: the async API, else the older `execCommand` (some frames allow only that). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand?.('copy') ?? false;
    area.remove();
    return done;
  }
}

/** Offers `text` as a file to download; a browser or frame may still refuse (iOS, sandboxed frames). */
export function downloadText(fileName: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

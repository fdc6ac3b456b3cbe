// What the reader is told about storage, once and in words: storage the browser refuses (strict
// iframes, private modes, a full quota) and saves set aside as unreadable, each with a way to keep
// what she has (an export), since nothing else on the page can.
import type { Persistence } from '../../persistence/openPersistence.ts';
import type { Notice } from './Notice.ts';
import { downloadFile } from './Screens.ts';

const DEGRADED = 'Your browser is not letting this page keep saves, so progress will not be kept after you close it.';

/** Says now, or when it happens, that storage refuses, and says once which saves were set aside. */
export function announceStorage(
  persistence: Pick<Persistence, 'store' | 'quarantine'>,
  notice: Notice,
  exportSaves: () => void,
): void {
  const exportOffer = { label: 'Export saves', run: exportSaves };
  const warnDegraded = () => notice.show(`${DEGRADED} Export your saves to keep them.`, exportOffer, { sticky: true });
  if (persistence.store.degraded) warnDegraded();
  else persistence.store.events.on('degraded', warnDegraded);
  const kept = () => downloadFile('ultimate-defence-kept.json', persistence.quarantine.exportKept());
  const setAside = persistence.quarantine.takeNotices();
  if (setAside.length) notice.show(setAside.join(' '), { label: 'Export what was kept', run: kept }, { sticky: true });
}

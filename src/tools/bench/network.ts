// Bytes on the wire, per response, from the Chrome DevTools Protocol, with each response's finish
// time moved into the page's clock (ms since navigation start) so loads can be split at the first line.
import type { CDPSession } from 'playwright-core';

/** One finished response. */
export interface Resource {
  url: string;
  /** CDP resource type: Document, Script, Stylesheet, Font, Image, XHR, Fetch, Media, Other... */
  type: string;
  /** Bytes on the wire: headers plus the (gzipped) body. */
  bytes: number;
  /** When it was requested and when it finished, in page time (ms since navigation start). */
  startedAt: number | null;
  finishedAt: number | null;
}

/** CDP network conditions (Network.emulateNetworkConditions). */
export interface NetworkConditions {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** 9 Mbps down, 1.5 Mbps up, 150 ms round trip (per request, Chromium's emulation). */
export const SLOW_NETWORK: NetworkConditions = {
  offline: false,
  latency: 150,
  downloadThroughput: 9e6 / 8,
  uploadThroughput: 1.5e6 / 8,
};

/** Records every response of a page; call `attach` before navigating. */
export class NetworkLog {
  readonly resources: Resource[] = [];
  private readonly types = new Map<string, string>();
  private readonly urls = new Map<string, string>();
  private readonly finished: { id: string; monotonic: number; bytes: number }[] = [];
  private readonly started = new Map<string, number>();
  /** Wall-clock ms (epoch) minus CDP monotonic ms, from the first request. */
  private offset: number | null = null;
  private timeOrigin: number | null = null;
  private inFlight = new Set<string>();
  /** Date.now() in node of the last request start or finish, to tell when the network went quiet. */
  lastActivity = Date.now();

  async attach(cdp: CDPSession, conditions: NetworkConditions | null): Promise<void> {
    cdp.on('Network.requestWillBeSent', (e) => {
      if (/^(data|blob):/.test(e.request.url)) return;
      if (this.offset === null && e.wallTime) this.offset = e.wallTime * 1000 - e.timestamp * 1000;
      this.urls.set(e.requestId, e.request.url);
      this.started.set(e.requestId, e.timestamp * 1000);
      this.inFlight.add(e.requestId);
      this.lastActivity = Date.now();
    });
    cdp.on('Network.responseReceived', (e) => this.types.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e) => {
      if (!this.inFlight.delete(e.requestId)) return;
      this.lastActivity = Date.now();
      this.finished.push({ id: e.requestId, monotonic: e.timestamp * 1000, bytes: e.encodedDataLength });
      this.resources.push({
        url: this.urls.get(e.requestId) ?? '',
        type: this.types.get(e.requestId) ?? 'Other',
        bytes: e.encodedDataLength,
        startedAt: null,
        finishedAt: null,
      });
      this.place(this.resources.length - 1);
    });
    cdp.on('Network.loadingFailed', (e) => {
      this.inFlight.delete(e.requestId);
      this.lastActivity = Date.now();
    });
    await cdp.send('Network.enable');
    if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
  }

  /** The page's performance.timeOrigin (epoch ms), read once the page exists. */
  setTimeOrigin(timeOrigin: number): void {
    this.timeOrigin = timeOrigin;
    this.resources.forEach((_, i) => this.place(i));
  }

  /** Requests started and not yet finished. */
  get pending(): number {
    return this.inFlight.size;
  }

  /**
   * Bytes and requests finished by page time `t` (inclusive), and the resources themselves; only
   * those requested by `requestedBy` when given.
   */
  before(t: number, requestedBy = t): { bytes: number; requests: number; resources: Resource[] } {
    const resources = this.resources.filter(
      (r) => r.finishedAt !== null && r.finishedAt <= t && r.startedAt !== null && r.startedAt <= requestedBy,
    );
    return { bytes: resources.reduce((n, r) => n + r.bytes, 0), requests: resources.length, resources };
  }

  /** Everything finished so far. */
  total(): { bytes: number; requests: number } {
    return { bytes: this.resources.reduce((n, r) => n + r.bytes, 0), requests: this.resources.length };
  }

  private place(i: number): void {
    const f = this.finished[i];
    if (this.offset === null || this.timeOrigin === null || !f) return;
    const toPage = (monotonic: number) => monotonic + this.offset! - this.timeOrigin!;
    this.resources[i].finishedAt = toPage(f.monotonic);
    this.resources[i].startedAt = toPage(this.started.get(f.id) ?? f.monotonic);
  }
}

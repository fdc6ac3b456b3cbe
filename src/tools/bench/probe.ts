// The probe injected into every measured page before its own scripts (page.addInitScript). It is
// plain JavaScript in a string: Playwright sends it as text, and code compiled by tsx would carry
// helpers (`__name`) the page does not have.
//
// window.__bench holds, in page time (ms since navigation start, performance.now()):
//   title      first frame in which the title selector (#begin) is rendered: connected, not
//              display:none / visibility:hidden, a non-empty box, effective opacity >= 0.99;
//   firstLine  game and flag mode: window[flag] (the page's own performance.now() when the frame
//              with the first line rendered); text mode: first frame in which the smallest element
//              holding the text is rendered at effective opacity >= 0.99 (appeared: at any opacity);
//   dcl        DOMContentLoaded (module scripts have run, so Begin has its listener);
//   clicks, keys   every click / keydown seen on the window (capture phase), with event.timeStamp;
//   live       every change of the aria-live mirror (#live): { t, frame, text, painted }: frame is
//              the start of the animation frame it happened in (or after), painted is
//              performance.now() in the next animation frame (the frame that shows it);
//   stamps     requestAnimationFrame timestamps while recording (window.__bench.record(true)).
// Checks run once per animation frame, so a time is that of the frame that paints the thing.

/** What a probe looks for. */
export interface ProbeOptions {
  /** CSS selector of the title's start button (our game: `#begin`), or null. */
  title: string | null;
  /** Name of the window property the page sets when the first line is painted, or null. */
  flag: string | null;
  /** The first line's text, for pages that draw it in the DOM (text mode), or null. */
  text: string | null;
  /** Id of the aria-live element mirroring each line, or null. */
  live: string | null;
}

/** In-page record kept by the probe (see the top of this file). */
export interface ProbeRecord {
  title: number | null;
  firstLine: number | null;
  appeared: number | null;
  dcl: number | null;
  clicks: { t: number; id: string }[];
  keys: { t: number; key: string }[];
  live: { t: number; frame: number | null; text: string; painted: number | null }[];
  /** Start of the last animation frame the probe saw (while it is watching). */
  lastTick: number | null;
  stamps: number[];
  recording: boolean;
}

/** Fast-forward (see b.drive below). */
export interface DriveOptions {
  /** Stop when #live shows this text (null: go on to the end screen). */
  target: string | null;
  /** ...for the n-th time since the drive started. */
  occurrence: number;
  /** #live texts of chapter cards. */
  chapters: string[];
  /** Dismiss chapter cards with Space (else wait them out). */
  pressOnCards: boolean;
  maxMs: number;
  /** Between keys (0: as fast as timers go, about 4 ms). */
  intervalMs: number;
}

export interface DriveResult {
  why: 'end' | 'target' | 'timeout';
  text: string;
  presses: number;
}

const SOURCE = String.raw`
function (o) {
  var b = window.__bench = { title: null, firstLine: null, appeared: null, dcl: null, lastTick: null,
    clicks: [], keys: [], live: [], stamps: [], recording: false };
  var running = false;
  var now = function () { return performance.now(); };
  var opacity = function (el) {
    var op = 1;
    for (var n = el; n; n = n.parentElement) op *= parseFloat(getComputedStyle(n).opacity);
    return op;
  };
  var rendered = function (el) {
    if (!el || !el.isConnected || !el.checkVisibility({ visibilityProperty: true })) return false;
    var r = el.getBoundingClientRect();
    return r.width >= 1 && r.height >= 1;
  };
  var holder = function () {
    var el = document.body;
    if (!el || !el.textContent.includes(o.text)) return null;
    for (var next = el; next; ) {
      el = next;
      next = Array.prototype.find.call(el.children, function (c) { return c.textContent.includes(o.text); });
    }
    return el;
  };
  var pending = function () {
    return b.recording || (o.title && b.title == null) || ((o.flag || o.text) && b.firstLine == null);
  };
  var tick = function (t) {
    b.lastTick = t;
    if (b.recording) b.stamps.push(t);
    if (o.title && b.title == null) {
      var el = document.querySelector(o.title);
      if (rendered(el) && opacity(el) >= 0.99) b.title = now();
    }
    if (b.firstLine == null) {
      if (o.flag) {
        var v = window[o.flag];
        if (v) b.firstLine = b.appeared = typeof v === 'number' ? v : now();
      } else if (o.text) {
        var h = holder();
        if (h && rendered(h)) {
          var op = opacity(h);
          if (op > 0 && b.appeared == null) b.appeared = now();
          if (op >= 0.99) b.firstLine = now();
        }
      }
    }
    if (pending()) requestAnimationFrame(tick);
    else running = false;
  };
  var start = function () {
    if (running) return;
    running = true;
    requestAnimationFrame(tick);
  };
  // Fast-forward between measured moments: from inside the page, one key every few ms (the
  // digit 1 at a choice, else Space; keys that land while a scene loads are ignored by the game), until #live shows d.target for the d.occurrence-th
  // time (without pressing on it), the end screen shows, or d.maxMs pass. Chapter cards are
  // dismissed only if d.pressOnCards. The game listens for keys on the window.
  b.drive = function (d) {
    return new Promise(function (resolve) {
      var live = document.getElementById(o.live);
      var end = document.getElementById('end');
      var start = now(), seen = 0, presses = 0, last = live.textContent || '';
      var key = function (name, code, keyCode) {
        var init = { key: name, code: code, keyCode: keyCode, which: keyCode, bubbles: true, cancelable: true };
        window.dispatchEvent(new KeyboardEvent('keydown', init));
        window.dispatchEvent(new KeyboardEvent('keyup', init));
        presses++;
      };
      var step = function () {
        var text = live.textContent || '';
        if (text !== last) {
          last = text;
          if (d.target !== null && text === d.target) seen++;
        }
        if (!end.hidden) return resolve({ why: 'end', text: text, presses: presses });
        if (d.target !== null && seen >= d.occurrence) return resolve({ why: 'target', text: text, presses: presses });
        if (now() - start > d.maxMs) return resolve({ why: 'timeout', text: text, presses: presses });
        if (d.pressOnCards || d.chapters.indexOf(text) < 0) {
          if (document.querySelectorAll('#choices button').length) key('1', 'Digit1', 49);
          else key(' ', 'Space', 32);
        }
        setTimeout(step, d.intervalMs);
      };
      step();
    });
  };
  b.record = function (on) {
    b.recording = !!on;
    if (on) start();
  };
  addEventListener('click', function (e) { b.clicks.push({ t: e.timeStamp, id: (e.target && e.target.id) || '' }); }, true);
  addEventListener('keydown', function (e) { b.keys.push({ t: e.timeStamp, key: e.key }); }, true);
  document.addEventListener('DOMContentLoaded', function () {
    b.dcl = now();
    var live = o.live && document.getElementById(o.live);
    if (!live) return;
    new MutationObserver(function () {
      var entry = { t: now(), frame: b.lastTick, text: live.textContent || '', painted: null };
      b.live.push(entry);
      requestAnimationFrame(function () { entry.painted = now(); });
    }).observe(live, { childList: true, characterData: true, subtree: true });
  });
  start();
}`;

declare global {
  interface Window {
    /** Set by the benchmark's probe (src/tools/bench/probe.ts) in measured pages only. */
    __bench?: ProbeRecord & { record(on: boolean): void; drive(d: DriveOptions): Promise<DriveResult> };
  }
}

/** The init script for `options`, ready for page.addInitScript({ content }). */
export function probeScript(options: ProbeOptions): string {
  return `(${SOURCE})(${JSON.stringify(options)});`;
}

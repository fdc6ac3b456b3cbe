// Dev builds only, loaded the first time its key is pressed (devTools.ts): the author's view of the
// reading. Where the line on screen is written (knot, stitch, file:line), the ink variables and visit
// counts (editable), a jump to any knot or stitch with the state as edited, the route so far as a
// choice log to copy and to paste back, and how many of the story's lines this page has shown.
import sourcesAtLoad from 'virtual:ink-sources';
import replayData from 'virtual:replay-data';
import { knotOf } from '../reading/hotReload.ts';
import type { StoryRunner } from '../story/StoryRunner.ts';
import type { InkOutline, InkSource } from '../tools/inkSources.ts';
import type { DevGame, DevState, DevWiring } from './devTools.ts';

/** The ink state's JSON, as far as the panel reads and edits it (inkjs's own save format). */
interface InkStateJson {
  variablesState: Record<string, unknown>;
  visitCounts: Record<string, number>;
}

const STYLE = `
.ud-dev-panel { position: fixed; top: 8px; right: 8px; z-index: 10000; width: 380px; max-height: calc(100vh - 72px);
  overflow: auto; background: #10141ceb; color: #e8e2d4; font: 12px/1.4 ui-monospace, monospace; padding: 10px 12px;
  border: 1px solid #d9a441; border-radius: 6px; }
.ud-dev-panel h2 { font-size: 12px; margin: 10px 0 4px; color: #d9a441; text-transform: uppercase; letter-spacing: .06em; }
.ud-dev-panel table { border-collapse: collapse; width: 100%; }
.ud-dev-panel td { padding: 1px 4px 1px 0; vertical-align: middle; }
.ud-dev-panel input, .ud-dev-panel select, .ud-dev-panel textarea, .ud-dev-panel button {
  font: inherit; background: #1d2330; color: inherit; border: 1px solid #4a5266; border-radius: 3px; }
.ud-dev-panel input { width: 90px; }
.ud-dev-panel select { max-width: 100%; }
.ud-dev-panel textarea { width: 100%; box-sizing: border-box; height: 3.2em; }
.ud-dev-panel summary { cursor: pointer; margin: 8px 0 4px; color: #d9a441; }
.ud-dev-panel button { cursor: pointer; padding: 1px 8px; margin: 2px 4px 2px 0; }
.ud-dev-panel .ud-dev-muted { color: #9aa3b5; }
`;

/** The dev panel: shown and hidden with its key; redrawn at each step while shown. */
export class DevPanel {
  private readonly root = document.createElement('aside');
  private outline: InkOutline = sourcesAtLoad;
  private visitsOpen = false;

  constructor(
    private readonly game: DevGame,
    private readonly wiring: DevWiring,
    private readonly state: DevState,
  ) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    document.head.append(style);
    this.root.className = 'ud-dev-panel';
    this.root.setAttribute('aria-label', 'Dev panel');
    this.root.hidden = true;
    document.body.append(this.root);
    // Keys typed in the panel are the panel's, not the reading's.
    this.root.addEventListener('keydown', (event) => event.stopPropagation());
    game.shell.events.on('stepDisplayed', () => this.refresh());
    state.changed = () => {
      this.outline = state.sources ?? this.outline;
      this.refresh();
    };
  }

  /** Shows or hides the panel. */
  toggle(): void {
    this.root.hidden = !this.root.hidden;
    this.refresh();
  }

  private get runner(): StoryRunner | null {
    return this.game.session.playthrough?.runner ?? null;
  }

  /** Draws the panel again (not while something in it has the focus: the author may be typing there). */
  private refresh(): void {
    if (this.root.hidden || this.root.contains(document.activeElement)) return;
    this.root.replaceChildren(
      ...this.place(),
      ...this.variables(),
      ...this.jump(),
      ...this.route(),
      ...this.coverage(),
    );
  }

  private place(): Node[] {
    const location = this.runner?.location ?? null;
    if (!location) return [heading('Place'), text('No reading under way (or no line yet).', true)];
    const path = knotOf(location);
    const source = this.sourceOf(path);
    const where = source ? `${source.file}:${source.line}` : 'not found in the ink files';
    return [heading('Place'), text(path), text(where, true)];
  }

  /** The knot or stitch a path is in: the stitch when it is listed, else its knot. */
  private sourceOf(path: string): InkSource | undefined {
    const parts = path.split('.');
    const { places } = this.outline;
    return places.find((s) => s.path === parts.slice(0, 2).join('.')) ?? places.find((s) => s.path === parts[0]);
  }

  private variables(): Node[] {
    const runner = this.runner;
    if (!runner) return [];
    const state = JSON.parse(runner.snapshot().inkState) as InkStateJson;
    const table = document.createElement('table');
    for (const name of this.outline.variables) {
      const value = runner.variable(name);
      table.append(
        row(name, String(value), (input) => this.edit((s) => (s.variablesState[name] = inkValue(value, input)))),
      );
    }
    const visits = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Visit counts (knots and stitches)';
    const counts = document.createElement('table');
    for (const { path } of this.outline.places) {
      const count = state.visitCounts[path] ?? 0;
      counts.append(row(path, String(count), (input) => this.edit((s) => (s.visitCounts[path] = Number(input) || 0))));
    }
    visits.open = this.visitsOpen;
    visits.addEventListener('toggle', () => (this.visitsOpen = visits.open));
    visits.append(summary, counts);
    return [heading('Variables'), table, visits];
  }

  /** Changes the ink state of the reading under way (from the next line on). */
  private edit(change: (state: InkStateJson) => void): void {
    const runner = this.runner;
    if (!runner) return;
    const snapshot = runner.snapshot();
    const state = JSON.parse(snapshot.inkState) as InkStateJson;
    change(state);
    runner.restore({ ...snapshot, inkState: JSON.stringify(state) });
  }

  private jump(): Node[] {
    const select = document.createElement('select');
    for (const s of this.outline.places) select.append(new Option(`${s.path}  (${s.file}:${s.line})`, s.path));
    const go = button('Jump', () => void this.jumpTo(select.value));
    return [heading('Jump (with the state above)'), select, go];
  }

  private async jumpTo(path: string): Promise<void> {
    const playthrough = this.game.session.playthrough;
    if (!playthrough) return this.wiring.notice.show('Start a reading first, then jump.');
    try {
      playthrough.runner.jumpTo(path);
      playthrough.next();
    } catch (error) {
      return this.wiring.notice.show(`Could not jump to ${path}: ${String(error)}`);
    }
    await this.play(true);
  }

  private route(): Node[] {
    const snapshot = this.runner?.snapshot();
    const log = snapshot ? JSON.stringify({ route: snapshot.choiceLog, steps: snapshot.stepsSinceChoice }) : '';
    const out = document.createElement('textarea');
    out.readOnly = true;
    out.value = log;
    const copy = button('Copy', () => {
      out.select();
      void navigator.clipboard?.writeText(log).catch(() => undefined);
    });
    const paste = document.createElement('textarea');
    paste.placeholder = 'Paste a route here: {"route":[0,1],"steps":3}';
    const start = button('Read from there', () => void this.startAt(paste.value));
    const terminal = snapshot ? `npm run ink:play -- ${snapshot.choiceLog.join(' ')}` : '';
    return [heading('Route so far'), out, copy, text(terminal, true), paste, start];
  }

  private async startAt(pasted: string): Promise<void> {
    let point: { route: number[]; steps: number };
    try {
      point = JSON.parse(pasted) as typeof point;
      if (!Array.isArray(point.route) || !point.route.every(Number.isInteger)) throw new Error('"route" is not a list');
    } catch (error) {
      return this.wiring.notice.show(`That route could not be read (${String(error)}).`);
    }
    const started = this.game.session.start({ kind: 'point', route: point.route, steps: Math.max(1, point.steps | 0) });
    if (!started.ok) return this.wiring.notice.show(started.notice);
    await this.play(started.resume);
  }

  /** Restarts the play scene on the reading under way. */
  private async play(resume: boolean): Promise<void> {
    const playthrough = this.game.session.playthrough;
    if (!playthrough) return;
    const seen = (id: string) => this.game.session.seen(id);
    // The keys go back to the reading, and the panel redraws for the new step.
    (document.activeElement as HTMLElement | null)?.blur();
    document.getElementById('game')?.focus({ preventScroll: true });
    await this.game.shell.play({ playthrough, preferences: this.wiring.preferences(), seen, resume, opening: null });
  }

  private coverage(): Node[] {
    const read = this.state.linesRead.size;
    const total = replayData.totalLines;
    const share = total ? ((100 * read) / total).toFixed(1) : '0';
    return [heading('Lines read on this page'), text(`${read} of ${total} (${share}%)`)];
  }
}

function heading(words: string): HTMLElement {
  const h = document.createElement('h2');
  h.textContent = words;
  return h;
}

function text(words: string, muted = false): HTMLElement {
  const p = document.createElement('div');
  p.textContent = words;
  if (muted) p.className = 'ud-dev-muted';
  return p;
}

function button(label: string, run: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', run);
  return b;
}

/** A table row: a name and an input that applies its value on change. */
function row(name: string, value: string, apply: (input: string) => void): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const label = document.createElement('td');
  label.textContent = name;
  const cell = document.createElement('td');
  const input = document.createElement('input');
  input.value = value;
  input.setAttribute('aria-label', name);
  input.addEventListener('change', () => {
    apply(input.value);
    input.blur();
  });
  cell.append(input);
  tr.append(label, cell);
  return tr;
}

/** What the author typed, as an ink state value of the kind `was` is (ink saves strings as `^text`). */
function inkValue(was: unknown, input: string): unknown {
  if (typeof was === 'number') return Number(input) || 0;
  if (typeof was === 'boolean') return input.trim() === 'true';
  return `^${input}`;
}

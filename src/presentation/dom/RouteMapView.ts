import { confirm } from './ConfirmDialog.ts';
import { button, el, Overlay, uniqueId, OverlayView } from './Overlay.ts';
import {
  edgeKey,
  type Discoveries,
  type MapEdge,
  type MapNode,
  type RouteMapData,
  type RouteMapExtras,
} from '../../story/routeMap.ts';

const NO_EXTRAS: RouteMapExtras = { hints: new Map(), chapterLines: [], linesSeen: new Set() };

export interface RouteMapCallbacks {
  /** The reader confirmed "Start a new reading from here?" at choice point `nodeId`; the view has already closed. */
  onStartFrom?: (nodeId: string) => void;
  /** Close, Escape or a backdrop click; the view has already closed. */
  onClose?: () => void;
}

/** Zoom steps; the first is compact: the whole map on a 1280x720 screen, text at 12 px or more (overlays.css). */
const ZOOMS = [0.75, 0.8, 0.9, 1, 1.15, 1.3] as const;
const DEFAULT_ZOOM = ZOOMS.indexOf(1);
const SVG = 'http://www.w3.org/2000/svg';

/** An edge as drawn, and the state it is drawn in. */
interface DrawnEdge {
  edge: MapEdge;
  state: 'unknown' | 'found' | 'current';
  path: SVGPathElement;
}

/**
 * The route map: a flowchart of the choice points found, a column per chapter and one for the
 * endings. Nodes are HTML buttons placed on a grid by their layout; an SVG layer under them draws
 * the edges from each choice to where it led (solid once taken, faint and dashed before; this
 * reading's route in amber). Points not yet found are silhouettes. Arrow keys move between points
 * (one tab stop, roving), + and − zoom, the map scrolls both ways. Once the story has been
 * finished, a found choice point starts a new reading from there, after a confirmation.
 */
export class RouteMapView extends OverlayView<RouteMapCallbacks> {
  private zoom = DEFAULT_ZOOM;
  private grid: HTMLDivElement | null = null;
  private svg: SVGSVGElement | null = null;
  private nodeButtons = new Map<string, HTMLButtonElement>();
  private drawn: DrawnEdge[] = [];
  private observer: ResizeObserver | null = null;
  private data: RouteMapData | null = null;
  private busy = false;
  /** The node with the tab stop (roving tabindex). */
  private activeId: string | null = null;
  private markerIds = { unknown: '', found: '', current: '' };
  private extras: RouteMapExtras = NO_EXTRAS;

  /**
   * Opens the map. `currentRoute` is this reading's route so far: node ids in order, with edge keys
   * between them where the choice taken is known (`RouteTrail.route` gives both).
   */
  open(
    data: RouteMapData,
    discovered: Discoveries,
    currentRoute: readonly string[],
    finishedOnce: boolean,
    extras: RouteMapExtras = NO_EXTRAS,
  ): void {
    this.close();
    this.data = data;
    this.extras = extras;
    this.busy = false;
    const overlay = new Overlay(this.root, {
      title: 'Route map',
      className: 'ud-panel--map',
      onDismiss: () => this.dismiss(),
    });
    this.overlay = overlay;

    overlay.header.append(this.tools());
    const { summary, help } = this.explanation(data, discovered, finishedOnce);

    const viewport = el('div', 'ud-map-viewport');
    const map = el('div', 'ud-map');
    map.style.setProperty('--ud-map-zoom', String(ZOOMS[this.zoom]));
    map.classList.toggle('is-compact', this.zoom === 0);
    map.style.setProperty('--ud-map-columns', String(Math.max(1, data.columns.length)));
    const heads = this.columnHeads(data, discovered);
    const grid = el('div', 'ud-map-grid');
    grid.setAttribute('role', 'group');
    grid.setAttribute('aria-label', 'Choice points and endings');
    grid.setAttribute('aria-describedby', help.id);
    this.grid = grid;
    this.svg = this.edgeLayer();
    grid.append(this.svg);

    const onRoute = new Set(currentRoute);
    this.nodeButtons.clear();
    // Each column stacks its own nodes (rows are an order, not a shared height), so short columns stay compact.
    const stacks = data.columns.map((_, index) => {
      const stack = el('div', 'ud-map-column');
      stack.style.gridColumn = String(index + 1);
      grid.append(stack);
      return stack;
    });
    for (const node of [...data.nodes].sort((a, b) => a.layout.row - b.layout.row)) {
      const b = this.nodeButton(node, data, discovered, onRoute, finishedOnce);
      this.nodeButtons.set(node.id, b);
      stacks[node.layout.column]?.append(b);
    }
    this.drawn = this.edgePaths(data, discovered, currentRoute);
    grid.addEventListener('keydown', (event) => this.onKey(event));
    grid.addEventListener('focusin', (event) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('.ud-map-node')?.dataset.node;
      if (id) this.activate(id);
    });
    map.append(heads, grid);
    viewport.append(map);
    overlay.body.classList.add('ud-panel-body--map');
    overlay.body.append(summary, help, viewport);

    const last = [...currentRoute].reverse().find((id) => this.nodeButtons.has(id));
    const first = last ?? data.start;
    for (const [id, b] of this.nodeButtons) b.tabIndex = id === first ? 0 : -1;
    overlay.open(this.nodeButtons.get(first) ?? null);
    this.observer = new ResizeObserver(() => this.drawEdges());
    this.observer.observe(grid);
    this.drawEdges();
    this.activate(first);
    void document.fonts?.ready.then(() => this.drawEdges());
  }

  /** Lets go of the closed map's elements and its resize watch. */
  protected override forget(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.grid = null;
    this.svg = null;
    this.drawn = [];
    this.nodeButtons.clear();
  }

  // Building -------------------------------------------------------------------------------------

  /** Zoom out, zoom in, Close. */
  private tools(): HTMLDivElement {
    const zoomOut = button('−', 'ud-button ud-button--quiet ud-map-zoom', () => this.setZoom(this.zoom - 1));
    zoomOut.setAttribute('aria-label', 'Zoom out');
    const zoomIn = button('+', 'ud-button ud-button--quiet ud-map-zoom', () => this.setZoom(this.zoom + 1));
    zoomIn.setAttribute('aria-label', 'Zoom in');
    const tools = el('div', 'ud-map-tools');
    tools.append(
      zoomOut,
      zoomIn,
      button('Close', 'ud-button ud-button--quiet', () => this.dismiss()),
    );
    return tools;
  }

  /** What has been found, the legend, and what the map lets the reader do. */
  private explanation(
    data: RouteMapData,
    discovered: Discoveries,
    finishedOnce: boolean,
  ): { summary: HTMLElement; help: HTMLElement } {
    const choicePoints = data.nodes.filter((n) => n.kind === 'choice');
    const endings = data.nodes.filter((n) => n.kind === 'ending');
    const count = (list: readonly MapNode[]) => list.filter((n) => discovered.nodes.has(n.id)).length;
    const summary = el('p', 'ud-replay-summary ud-map-summary');
    summary.append(
      `Found ${count(choicePoints)} of ${choicePoints.length} choices and ${count(endings)} of ${endings.length} endings. `,
      el('span', 'ud-map-legend ud-map-legend--found', 'taken'),
      el('span', 'ud-map-legend ud-map-legend--unknown', 'not yet taken'),
      el('span', 'ud-map-legend ud-map-legend--current', 'this reading'),
    );
    const help = el('p', 'ud-hint ud-map-help');
    help.append(
      finishedOnce
        ? 'Choose a point you have found to start a new reading from there. '
        : 'Finish the story once to start a new reading from any point you have found. ',
      el('span', 'ud-map-keys', 'Arrow keys move between points; + and − zoom.'),
    );
    help.id = uniqueId('map-help');
    return { summary, help };
  }

  private nodeButton(
    node: MapNode,
    data: RouteMapData,
    discovered: Discoveries,
    onRoute: ReadonlySet<string>,
    finishedOnce: boolean,
  ): HTMLButtonElement {
    const found = discovered.nodes.has(node.id);
    const current = onRoute.has(node.id);
    const startable = finishedOnce && found && node.kind === 'choice';
    const b = button(
      '',
      `ud-map-node ud-map-node--${node.kind} ${found ? 'is-found' : 'is-unknown'}${current ? ' is-current' : ''}${startable ? ' is-startable' : ''}`,
    );
    b.dataset.node = node.id;
    if (current) b.setAttribute('aria-current', 'step');
    if (!startable) b.setAttribute('aria-disabled', 'true');

    const column = data.columns[node.layout.column];
    const where = node.chapter !== null && column?.kind === 'chapter' ? `Chapter ${node.chapter}` : '';
    const spoken: string[] = [];
    const head = el('span', 'ud-map-node-head');
    if (node.kind === 'ending') {
      head.append(el('span', 'ud-map-node-kind', 'Ending'), el('span', 'ud-map-node-label', found ? node.label : '?'));
      spoken.push(found ? `Ending: ${node.label}` : 'An ending not yet reached');
      const hint = !found && finishedOnce ? this.extras.hints.get(node.id) : undefined;
      if (hint) spoken.push(this.showHint(b, hint));
    } else if (node.kind === 'dead-end') {
      head.append(el('span', 'ud-map-node-label', found ? node.label : '?'));
      spoken.push(found ? node.label : 'Not yet found');
    } else {
      head.append(el('span', 'ud-map-node-label', found ? node.label : '?'));
      spoken.push(
        found ? `${where ? `${where}, ` : ''}${node.label}` : `${where ? `${where}: ` : ''}a choice not yet found`,
      );
    }
    b.append(head);

    if (node.kind === 'choice') {
      const rows = el('span', 'ud-map-choices');
      const said: string[] = [];
      const untaken: string[] = [];
      for (const choice of node.choices) {
        const led = data.edges.filter((e) => e.from === node.id && e.choice === choice);
        const takenTo = led.filter((e) => discovered.edges.has(edgeKey(e.from, e.choice, e.to)));
        const taken = found && takenTo.length > 0;
        const onThisRoute = led.some((e) => onRoute.has(edgeKey(e.from, e.choice, e.to)));
        const row = el('span', `ud-map-choice${taken ? ' is-taken' : ''}${onThisRoute ? ' is-current' : ''}`);
        row.dataset.choice = choice;
        if (taken) {
          row.textContent = choice;
          const names = takenTo.map((e) => this.nameOf(data, discovered, e.to));
          said.push(`${choice}, leading to ${names.join(' or ')}${onThisRoute ? ' (this reading)' : ''}`);
        } else if (found) {
          // Seen on screen but never taken: its words, dimmed, say what is still to try here.
          row.classList.add('is-seen');
          row.textContent = choice;
          untaken.push(choice);
        } else {
          row.append(el('span', 'ud-map-silhouette'));
        }
        row.addEventListener('pointerenter', () => this.light(node.id, choice));
        row.addEventListener('pointerleave', () => this.light(this.activeId));
        rows.append(row);
      }
      b.append(rows);
      if (found) {
        if (said.length) spoken.push(`Taken: ${said.join('; ')}`);
        if (untaken.length) spoken.push(`Not yet taken: ${untaken.join('; ')}`);
      }
    }
    if (current) spoken.push('On this reading');
    if (startable) spoken.push('Start a new reading from here');
    b.setAttribute('aria-label', spoken.join('. ') + '.');
    b.addEventListener('click', () => void this.startFrom(node, data));
    return b;
  }

  /**
   * How much of column `index` has been read, without naming anything unfound: lines seen of the
   * chapter's lines over every route, and options taken of those its choice points hold.
   */
  private completion(data: RouteMapData, discovered: Discoveries, index: number): string {
    const column = data.columns[index];
    if (!column) return '';
    const here = data.nodes.filter((n) => n.layout.column === index);
    if (column.kind === 'endings') {
      return `${here.filter((n) => discovered.nodes.has(n.id)).length} of ${here.length} found`;
    }
    const taken = (n: MapNode, choice: string) =>
      data.edges.some(
        (e) => e.from === n.id && e.choice === choice && discovered.edges.has(edgeKey(e.from, e.choice, e.to)),
      );
    const options = here.flatMap((n) => n.choices.map((choice) => taken(n, choice)));
    const lines = this.extras.chapterLines.find((c) => c.chapter === column.chapter)?.ids ?? [];
    const seen = lines.filter((id) => this.extras.linesSeen.has(id)).length;
    const parts = lines.length ? [`${seen} of ${lines.length} lines`] : [];
    parts.push(`${options.filter(Boolean).length} of ${options.length} choices`);
    return parts.join(', ');
  }

  /** Shows an unreached ending's hint on its point (hidden at the compact zoom, kept as its tooltip); returns it as said. */
  private showHint(point: HTMLButtonElement, hint: string): string {
    point.append(el('span', 'ud-map-hint', hint));
    point.title = hint;
    return `Hint: ${hint}`;
  }

  /** A heading per column: chapter number, its title once something in it is found, how much is read. */
  private columnHeads(data: RouteMapData, discovered: Discoveries): HTMLDivElement {
    const heads = el('div', 'ud-map-heads');
    data.columns.forEach((column, index) => {
      const found = data.nodes.some((n) => n.layout.column === index && discovered.nodes.has(n.id));
      const head = el('div', 'ud-map-head');
      head.style.gridColumn = String(index + 1);
      if (column.kind === 'chapter' && column.chapter !== null) {
        head.append(el('span', 'ud-map-head-number', `Chapter ${column.chapter}`));
        head.append(el('span', 'ud-map-head-title', found ? column.title : '?'));
      } else {
        head.append(el('span', 'ud-map-head-title', column.title));
      }
      const done = this.completion(data, discovered, index);
      if (done) head.append(el('span', 'ud-map-head-done', done));
      heads.append(head);
    });
    return heads;
  }

  /** A node's name for a sentence: its label once found. */
  private nameOf(data: RouteMapData, discovered: Discoveries, id: string): string {
    const node = data.nodes.find((n) => n.id === id);
    if (!node || !discovered.nodes.has(id)) return 'a point not yet found';
    return node.kind === 'ending' ? `the ending ${node.label}` : node.label;
  }

  private edgeLayer(): SVGSVGElement {
    const svg = document.createElementNS(SVG, 'svg');
    svg.classList.add('ud-map-edges');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const defs = document.createElementNS(SVG, 'defs');
    for (const state of ['unknown', 'found', 'current'] as const) {
      const id = uniqueId(`map-arrow-${state}`);
      this.markerIds[state] = id;
      const marker = document.createElementNS(SVG, 'marker');
      marker.id = id;
      marker.setAttribute('viewBox', '0 0 10 10');
      marker.setAttribute('refX', '9');
      marker.setAttribute('refY', '5');
      marker.setAttribute('markerUnits', 'userSpaceOnUse');
      marker.setAttribute('markerWidth', '9');
      marker.setAttribute('markerHeight', '9');
      marker.setAttribute('orient', 'auto-start-reverse');
      marker.classList.add(`ud-map-arrow--${state}`);
      const tip = document.createElementNS(SVG, 'path');
      tip.setAttribute('d', 'M0 1 L10 5 L0 9 z');
      marker.append(tip);
      defs.append(marker);
    }
    svg.append(defs);
    return svg;
  }

  /** One path per edge: unknown ones first, this reading's last, so the brighter lines are on top. */
  private edgePaths(data: RouteMapData, discovered: Discoveries, currentRoute: readonly string[]): DrawnEdge[] {
    const onRoute = new Set(currentRoute);
    // Consecutive nodes on the route with no edge key between them: any edge found between them counts.
    const pairs = new Set<string>();
    for (let i = 1; i < currentRoute.length; i++) {
      if (!currentRoute[i].includes('|') && !currentRoute[i - 1].includes('|'))
        pairs.add(`${currentRoute[i - 1]}\u0000${currentRoute[i]}`);
    }
    const order = { unknown: 0, found: 1, current: 2 };
    const drawn = data.edges.map((edge): DrawnEdge => {
      const key = edgeKey(edge.from, edge.choice, edge.to);
      const found = discovered.edges.has(key);
      const current = onRoute.has(key) || (found && pairs.has(`${edge.from}\u0000${edge.to}`));
      const state = current ? 'current' : found ? 'found' : 'unknown';
      const path = document.createElementNS(SVG, 'path');
      path.classList.add('ud-map-edge', `ud-map-edge--${state}`);
      path.setAttribute('marker-end', `url(#${this.markerIds[state]})`);
      return { edge, state, path };
    });
    drawn.sort((a, b) => order[a.state] - order[b.state]);
    for (const d of drawn) this.svg?.append(d.path);
    return drawn;
  }

  // Drawing -----------------------------------------------------------------------------------------

  /** Places every edge from where the nodes are now (after layout, zoom or a resize). */
  private drawEdges(): void {
    const grid = this.grid;
    const svg = this.svg;
    if (!grid || !svg) return;
    const origin = grid.getBoundingClientRect();
    // Measured without the old drawing, which would keep the grid as wide as it was before a zoom out.
    svg.setAttribute('width', '0');
    svg.setAttribute('height', '0');
    svg.setAttribute('width', String(grid.scrollWidth));
    svg.setAttribute('height', String(grid.scrollHeight));
    const rectOf = (node: Element) => {
      const r = node.getBoundingClientRect();
      return {
        left: r.left - origin.left,
        right: r.right - origin.left,
        top: r.top - origin.top,
        bottom: r.bottom - origin.top,
      };
    };
    const unit = parseFloat(getComputedStyle(grid).fontSize) || 16;
    for (const { edge, path } of this.drawn) {
      const from = this.nodeButtons.get(edge.from);
      const to = this.nodeButtons.get(edge.to);
      if (!from || !to) continue;
      const source = rectOf(from);
      const row = from.querySelector(`.ud-map-choice[data-choice="${CSS.escape(edge.choice)}"]`);
      const rowBox = row ? rectOf(row) : source;
      const sx = source.right;
      const sy = (rowBox.top + rowBox.bottom) / 2;
      const target = rectOf(to);
      const headBox = rectOf(to.querySelector('.ud-map-node-head') ?? to);
      const ty = (headBox.top + headBox.bottom) / 2;
      let d: string;
      if (target.left >= source.right) {
        const bend = Math.max(1.5 * unit, (target.left - sx) / 2);
        d = `M${sx} ${sy} C${sx + bend} ${sy} ${target.left - bend} ${ty} ${target.left} ${ty}`;
      } else {
        // Into a point in the same column (or an earlier one): round by the right-hand side.
        const bend = 2.2 * unit;
        d = `M${sx} ${sy} C${sx + bend} ${sy} ${target.right + bend} ${ty} ${target.right} ${ty}`;
      }
      path.setAttribute('d', d);
    }
  }

  /** Makes `id` the node Tab lands on, and lights its edges. */
  private activate(id: string): void {
    this.activeId = id;
    for (const [other, b] of this.nodeButtons) b.tabIndex = other === id ? 0 : -1;
    this.light(id);
  }

  /** Lights the edges into and out of `id` (only those of `choice` when given); none for null. */
  private light(id: string | null, choice?: string): void {
    for (const { edge, path } of this.drawn) {
      const lit =
        id !== null &&
        (choice !== undefined ? edge.from === id && edge.choice === choice : edge.from === id || edge.to === id);
      path.classList.toggle('is-lit', lit);
    }
  }

  private setZoom(index: number): void {
    const grid = this.grid;
    if (!grid) return;
    this.zoom = Math.min(Math.max(0, index), ZOOMS.length - 1);
    grid.parentElement?.style.setProperty('--ud-map-zoom', String(ZOOMS[this.zoom]));
    grid.parentElement?.classList.toggle('is-compact', this.zoom === 0);
    this.drawEdges();
    const active = this.activeId ? this.nodeButtons.get(this.activeId) : undefined;
    active?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  // Keys -------------------------------------------------------------------------------------------

  private onKey(event: KeyboardEvent): void {
    const data = this.data;
    if (!data || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      this.setZoom(this.zoom + 1);
      return;
    }
    if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      this.setZoom(this.zoom - 1);
      return;
    }
    const current = data.nodes.find((n) => n.id === this.activeId);
    if (!current) return;
    const next = neighbour(data.nodes, current, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (!next) return;
    this.activate(next.id);
    this.nodeButtons.get(next.id)?.focus();
  }

  // Actions ----------------------------------------------------------------------------------------

  private async startFrom(node: MapNode, data: RouteMapData): Promise<void> {
    const b = this.nodeButtons.get(node.id);
    if (this.busy || !this.isOpen || !b?.classList.contains('is-startable')) return;
    this.busy = true;
    const ok = await confirm(this.root, {
      title: 'Start a new reading from here?',
      message:
        node.id === data.start
          ? 'It starts at the beginning of the story.'
          : `It picks up just after the choice before this one (${node.label}), with every choice that leads here already made.`,
      confirmLabel: 'Start reading',
      cancelLabel: 'Cancel',
    });
    this.busy = false;
    if (!ok || !this.isOpen) return;
    this.close();
    this.callbacks.onStartFrom?.(node.id);
  }
}

/**
 * The node an arrow key (or Home, End) moves to from `from`: up and down within its column, left
 * and right to the nearest row of the next column that has nodes. Undefined for other keys; null
 * when there is nowhere to go that way.
 */
export function neighbour<T extends Pick<MapNode, 'id' | 'layout'>>(
  nodes: readonly T[],
  from: T,
  key: string,
): T | null | undefined {
  const column = (c: number) => nodes.filter((n) => n.layout.column === c).sort((a, b) => a.layout.row - b.layout.row);
  const here = column(from.layout.column);
  const index = here.indexOf(from);
  switch (key) {
    case 'ArrowUp':
      return here[index - 1] ?? null;
    case 'ArrowDown':
      return here[index + 1] ?? null;
    case 'Home':
      return here[0] ?? null;
    case 'End':
      return here.at(-1) ?? null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      const last = Math.max(...nodes.map((n) => n.layout.column));
      for (let c = from.layout.column + step; c >= 0 && c <= last; c += step) {
        const there = column(c);
        if (!there.length) continue;
        return there.reduce((best, n) =>
          Math.abs(n.layout.row - from.layout.row) < Math.abs(best.layout.row - from.layout.row) ? n : best,
        );
      }
      return null;
    }
    default:
      return undefined;
  }
}

/**
 * The words of the current line, set by the browser in the canvas's dialogue box.
 *
 * The box, its nameplate and the continue mark are drawn by Phaser; the words are a paragraph laid
 * over the box. Typing a line into the canvas changed the canvas every frame, and a changed canvas
 * is copied whole into the page: on a machine without a GPU compositor that took a frame and a half
 * per letter (p95 33-50 ms while a line types in). A paragraph repaints only its own letters, and
 * the canvas stays still (frameGate.ts skips its frames), so typing runs at the display's rate. The
 * text is also crisp at any zoom and pixel ratio, since the browser sets it at the screen's size.
 *
 * The paragraph holds the whole line from the start, the unrevealed part transparent, so the line
 * is wrapped once and words never jump from one line to the next as they appear. It is hidden from
 * assistive technology: the aria-live mirror (AccessibleLayer) speaks each line once, whole.
 */
export interface LineBox {
  /** Design units (1920x1080): left and top of the first line's letters, and the wrapping width. */
  x: number;
  y: number;
  width: number;
  /** Line height as a multiple of the text size. */
  lineHeight: number;
  /** The height the text may take (design units); a line taller at the reader's size is set smaller. */
  maxHeight: number;
}

/** The smallest size (design pixels) a long line is shrunk to so that it stays inside the box. */
const MIN_FIT_SIZE = 28;

/** The height CSS centres in a line box, as a multiple of the font size: set so the first line sits where the canvas text did. */
const GLYPH_HEIGHT = 1.05;

export class LineText {
  readonly element: HTMLParagraphElement;
  private readonly shown: HTMLSpanElement;
  private readonly rest: HTMLSpanElement;
  private readonly observers: { disconnect(): void }[] = [];
  private readonly onResize = () => this.place();
  private text = '';
  private count = 0;
  /** The reader's text size, and the size this line is set at (smaller when it would not fit). */
  private size: number;
  private fitted: number;
  private scale = 1;
  /** The reader's line spacing, over the box's own line height; null: the box's. */
  private spacing: number | null = null;
  private family = '';
  /** The box the words are set in, with the reader's line spacing. */
  private box: LineBox;

  /**
   * `canvas` is the game's canvas (its parent holds the paragraph); `designWidth` the design width
   * the canvas shows, to turn design units into CSS pixels.
   */
  constructor(
    private readonly canvas: HTMLCanvasElement,
    private designWidth: number,
    private layoutBox: LineBox,
    textSize: number,
  ) {
    this.box = { ...layoutBox };
    this.size = textSize;
    this.fitted = textSize;
    this.element = document.createElement('p');
    this.element.className = 'ud-line';
    this.element.setAttribute('aria-hidden', 'true');
    this.shown = document.createElement('span');
    this.rest = document.createElement('span');
    this.rest.className = 'ud-line__rest';
    this.element.append(this.shown, this.rest);
    this.element.hidden = true;
    (canvas.parentElement ?? document.body).append(this.element);
    // Phaser's scale manager resizes and centres the canvas through its style attribute.
    if (typeof MutationObserver === 'function') {
      const styles = new MutationObserver(this.onResize);
      styles.observe(canvas, { attributes: true, attributeFilter: ['style', 'width', 'height'] });
      this.observers.push(styles);
    }
    window.addEventListener('resize', this.onResize);
    this.place();
  }

  /** Sets a new line, none of it revealed yet. */
  setText(text: string): void {
    this.text = text;
    this.fit();
    this.reveal(0);
  }

  /** Shows the first `count` characters. */
  reveal(count: number): void {
    this.count = Math.max(0, Math.min(count, this.text.length));
    this.shown.textContent = this.text.slice(0, this.count);
    this.rest.textContent = this.text.slice(this.count);
  }

  /** Characters in the whole line. */
  get length(): number {
    return this.text.length;
  }

  /** The text as it reads on screen now (the revealed part). */
  get visibleText(): string {
    return this.text.slice(0, this.count);
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.element.hidden = !visible;
    // A hidden paragraph cannot be measured: fit the line once it shows.
    if (visible && this.text) this.fit();
  }

  get visible(): boolean {
    return !this.element.hidden;
  }

  /** Moves the words to another box, in a canvas `designWidth` wide (a phone turned); the line stays. */
  setLayout(designWidth: number, box: LineBox): void {
    this.designWidth = designWidth;
    this.layoutBox = box;
    this.box = { ...box, lineHeight: this.spacing ?? box.lineHeight };
    this.fit();
  }

  /** Text size in design pixels. */
  setTextSize(px: number): void {
    this.size = px;
    this.fit();
  }

  /** Fits the line again (a face has just loaded, and its letters take other room). */
  refit(): void {
    this.fit();
  }

  /** Line height as a multiple of the text size (the reader's line spacing). */
  setLineSpacing(lineHeight: number): void {
    if (lineHeight === this.box.lineHeight) return;
    this.spacing = lineHeight;
    this.box = { ...this.layoutBox, lineHeight };
    this.fit();
  }

  /** The face the line is set in (a CSS font-family); the line is fitted again, as faces differ in width. */
  setFontFamily(family: string): void {
    if (this.family === family) return;
    this.family = family;
    this.element.style.fontFamily = family;
    this.fit();
  }

  setItalic(italic: boolean): void {
    this.element.classList.toggle('ud-line--italic', italic);
  }

  /**
   * Draws the revealed text into a small picture of the screen (a save's thumbnail), where `scale`
   * maps design units to the picture's pixels.
   */
  drawInto(context: CanvasRenderingContext2D, scale: number): void {
    if (!this.visible || !this.count) return;
    const style = getComputedStyle(this.element);
    const size = this.fitted * scale;
    context.save();
    context.fillStyle = style.color;
    context.font = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
    context.textBaseline = 'top';
    let y = this.box.y * scale;
    for (const row of wrap(this.visibleText, this.box.width * scale, (s) => context.measureText(s).width)) {
      context.fillText(row, this.box.x * scale, y);
      y += size * this.box.lineHeight;
    }
    context.restore();
  }

  destroy(): void {
    for (const observer of this.observers) observer.disconnect();
    window.removeEventListener('resize', this.onResize);
    this.element.remove();
  }

  /**
   * Sets the line at the reader's size, or smaller (down to MIN_FIT_SIZE) when the whole line
   * would not fit the box at that size: a long line at a large text size stays inside the box.
   */
  private fit(): void {
    this.fitted = this.size;
    this.place();
    if (!this.visible || this.scale <= 0) return;
    const shown = this.shown.textContent;
    const rest = this.rest.textContent;
    this.shown.textContent = '';
    this.rest.textContent = this.text;
    while (this.fitted > MIN_FIT_SIZE && this.element.offsetHeight > this.box.maxHeight * this.scale + 1) {
      this.fitted = Math.max(MIN_FIT_SIZE, this.fitted - 2);
      this.place();
    }
    this.shown.textContent = shown;
    this.rest.textContent = rest;
  }

  /** Lays the paragraph over the box, in CSS pixels of the canvas as shown now. */
  private place(): void {
    const parent = this.element.parentElement;
    if (!parent) return;
    const canvasRect = this.canvas.getBoundingClientRect();
    const parentRect = parent.getBoundingClientRect();
    this.scale = canvasRect.width > 0 ? canvasRect.width / this.designWidth : 1;
    const s = this.scale;
    const style = this.element.style;
    style.left = `${canvasRect.left - parentRect.left + this.box.x * s}px`;
    // A CSS line box centres the letters in it: lift it by the half-leading so the letters start at y.
    const halfLeading = ((this.box.lineHeight - GLYPH_HEIGHT) / 2) * this.fitted;
    style.top = `${canvasRect.top - parentRect.top + (this.box.y - halfLeading) * s}px`;
    style.width = `${this.box.width * s}px`;
    style.fontSize = `${this.fitted * s}px`;
    style.lineHeight = String(this.box.lineHeight);
  }
}

/** Greedy word wrap of `text` to `width`, as measured by `measure`; explicit newlines are kept. */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const rows: string[] = [];
  for (const paragraph of text.split('\n')) {
    let row = '';
    for (const word of paragraph.split(' ')) {
      const candidate = row ? `${row} ${word}` : word;
      if (row && measure(candidate) > width) {
        rows.push(row);
        row = word;
      } else row = candidate;
    }
    rows.push(row);
  }
  return rows;
}

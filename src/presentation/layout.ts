/** Every position, size, colour and text style of the canvas, in one place (design units: 1920x1080). */
import type { CharacterId } from '../story/vocabulary.ts';

export const DESIGN = { width: 1920, height: 1080 } as const;

/**
 * The canvas is drawn at the screen's own pixel count (design size times this zoom, from 0.5 to
 * 1.5): crisp text on a DPR 2 screen, and no wasted fill on a small window or a cheap phone. The
 * design size is the frame's (1920x1080 sideways, 1080 wide upright), so a phone gets the same zoom
 * held either way: the art, rasterised once at this zoom, stays pixel for pixel after a turn.
 */
export function canvasZoom(view: { innerWidth: number; innerHeight: number; devicePixelRatio: number }): number {
  const frame = frameFor({ width: view.innerWidth, height: view.innerHeight, touch: false });
  const fit = Math.min(view.innerWidth / frame.width, view.innerHeight / frame.height) * view.devicePixelRatio;
  return Math.min(1.5, Math.max(0.5, Math.ceil(fit * 12) / 12));
}

/** The palette, shared with the art (assets/art/palette.md). Text on the box keeps 7:1 contrast. */
export const COLOURS = {
  ink: 0x141821,
  inkCss: '#141821',
  paper: '#f3ead8',
  paperDim: '#cfc4ae',
  amber: '#e8b86a',
  amberHex: 0xe8b86a,
  dusk: '#9fb4d6',
  choice: '#f3ead8',
  /** The highlighted option: amber on the hover plate's dark brown (at least 8:1, test/presentation/choiceContrast.test.ts). */
  choiceHover: '#f6c879',
  highContrastBox: 0x000000,
  highContrastBoxCss: '#000000',
} as const;

export const FONT = {
  family: 'Literata, Georgia, "Times New Roman", serif',
  /** Loaded before the first line is drawn so canvas text never flashes in a fallback face. */
  faces: ['400 40px Literata', 'italic 400 40px Literata', '600 40px Literata'],
} as const;

export const DIALOGUE = {
  box: { x: 80, y: 752, width: 1760, height: 300 },
  padding: { x: 72, top: 64 },
  nameplate: { x: 120, y: 712, width: 420, height: 72 },
  textSize: 40,
  /** Line height of the dialogue text, as a multiple of its size. */
  lineHeight: 1.55,
  /** Narration is set upright like speech: the nameplate tells them apart, and italics over most of a story tire the eye. */
  narrationItalic: false,
  continueMark: { x: 1790, y: 1010 },
  /** Sizes (design px) of the speaker's name and the continue mark, both amber. */
  nameSize: 34,
  markSize: 34,
  /** The plain box drawn when its art is missing: ink at this opacity. */
  fallbackAlpha: 0.88,
  /** High contrast: the opaque backing under the box, inset this far from its edge. */
  backingInset: 6,
} as const;

/** Where the words of a line are set in the dialogue box (design units), for LineText. */
export const LINE_BOX = {
  x: DIALOGUE.box.x + DIALOGUE.padding.x,
  y: DIALOGUE.box.y + DIALOGUE.padding.top,
  width: DIALOGUE.box.width - DIALOGUE.padding.x * 2,
  lineHeight: DIALOGUE.lineHeight,
  // Above the continue mark's row.
  maxHeight: DIALOGUE.box.height - DIALOGUE.padding.top - 24,
} as const;

/**
 * The chapter card: a title band at the lower left, above the nameplate and below the faces, so the new
 * scene stays in view while it is up (positions of the number, after the card's amber mark, and of the title are from the card's corner).
 */
export const CARD = {
  x: 0,
  y: 516,
  width: 900,
  height: 180,
  text: { numberX: 206, numberY: 46, titleX: 44, titleY: 112, numberSize: 30, titleSize: 72 },
} as const;

export const CHOICES = {
  width: 1100,
  height: 84,
  gap: 18,
  centreX: 960,
  /** The list is centred here, below the faces, and never reaches into the dialogue box. */
  centreY: 600,
  bottomLimit: 736,
  textSize: 34,
} as const;

/** Design y of the first choice's top edge when `count` choices are shown. */
export function choicesTop(count: number): number {
  const { height, gap, centreY, bottomLimit } = CHOICES;
  const total = count * height + (count - 1) * gap;
  return Math.min(centreY - total / 2, bottomLimit - total);
}

export const PORTRAIT = {
  art: { width: 800, height: 1200 },
  /**
   * Portrait art is 800x1200 with the eyes about 250 down. At this scale a face is about 185 design
   * px tall (62 px on a 640x360 screen, where an expression still reads); the baseline puts the eyes
   * near y 345, so the figures are seen from the waist up and the rest stands behind the box.
   */
  scale: 0.92,
  baseline: 1222,
  /** How much taller than the others a character stands (design px): Kakashi, and Guy a little. */
  lift: { kakashi: 44, guy: 14 } as Partial<Record<CharacterId, number>>,
  x: { left: 500, centre: 960, right: 1420 },
} as const;

/**
 * The wall overlay (assets/art/overlays/wall-*.svg): courses of this height (design px), and how high
 * it stands at level 1, a course and a half above the dialogue box; level 5 fills the frame's height.
 */
export const WALL = { course: 60, firstHeight: 420 } as const;

export const TIMING = {
  /** Characters revealed per second at the default text speed. */
  revealCps: 55,
  backdropFadeMs: 700,
  portraitFadeMs: 320,
  chapterCardMs: 2600,
} as const;

/** The window the game is shown in, as the layout needs it (CSS pixels). */
export interface Viewport {
  width: number;
  height: number;
  /** A finger is the main pointer (`pointer: coarse`): every target is at least TOUCH.target tall. */
  touch: boolean;
  /** CSS pixels the system keeps at the bottom (a home indicator's safe area). */
  safeBottom?: number;
}

/** A rectangle in design units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the choices stand in a frame (design units); `hitHeight` is each one's touch target, gap included. */
export interface ChoiceLayout {
  width: number;
  height: number;
  gap: number;
  centreX: number;
  centreY: number;
  bottomLimit: number;
  textSize: number;
  hitHeight: number;
  /** The skin's texture id (ui/<art>.svg and ui/<art>-hover.svg), drawn at its own size. */
  art: 'choice' | 'choice-wide';
}

/**
 * Everything the play scene places, for one window: a pure function of the viewport (frameFor). The
 * stage (backdrop, cast, wall: 1920x1080 design units, always drawn at 1:1 so its art stays pixel
 * for pixel) is seen through the camera at `stageTop`, panned sideways upright; the interface
 * (box, nameplate, choices, card) is placed in the frame's own units.
 */
export interface Frame {
  orientation: 'landscape' | 'portrait';
  /** The canvas in design units. */
  width: number;
  height: number;
  /** CSS pixels per design unit once the canvas is fitted to the window. */
  cssScale: number;
  /** Frame y of the stage's top edge (0 sideways; upright, below any band left over at the top). */
  stageTop: number;
  box: Rect;
  /** The dialogue box's skin (ui/<art>.svg), drawn at its own size. */
  boxArt: 'dialogue-box' | 'dialogue-box-tall';
  nameplate: Rect;
  continueMark: { x: number; y: number };
  lineBox: typeof LINE_BOX | { x: number; y: number; width: number; lineHeight: number; maxHeight: number };
  /** The reader's text size is multiplied by this (upright, a phone's width needs larger letters). */
  textScale: number;
  choices: ChoiceLayout;
  card: { x: number; y: number };
}

/** Touch targets (CSS px): WCAG 2.2's 24 everywhere, 44 where a finger is the pointer. */
export const TOUCH = { minimum: 24, target: 44 } as const;

/**
 * The quick bar (dom/QuickBar.ts, placed by overlays.css, which mirrors these CSS px): upright it is a
 * full-width row of eight 44px buttons, 4px apart inside 6px of padding, in a strip the frame keeps
 * clear at the bottom, under the box, in reach of the thumb; two rows of four below `oneRowWidth`.
 */
export const QUICK_BAR = { buttons: 8, gap: 4, padding: 6, oneRowWidth: 388 } as const;

/** The CSS height of the upright quick bar's strip in a window `width` CSS px wide (without the safe area). */
export function quickBarStrip(width: number): number {
  const rows = width < QUICK_BAR.oneRowWidth ? 2 : 1;
  return rows * TOUCH.target + (rows - 1) * QUICK_BAR.gap + QUICK_BAR.padding * 2;
}

/** The upright frame (design units, 1080 wide): the stage at the top, a taller box near the thumb. */
export const UPRIGHT = {
  width: 1080,
  /** The tallest frame; a taller window is letterboxed. */
  maxHeight: 2560,
  /** The box overlaps the stage's lower edge by this much, as it does sideways. */
  overlap: 60,
  box: { x: 32, width: 1016, height: 600 },
  padding: { x: 56, top: 72, bottom: 72 },
  nameplate: { x: 56, width: 420, height: 72, above: 40 },
  textScale: 1.2,
  choices: { width: 1000, height: 136, minGap: 20, textSize: 44, aboveNameplate: 24 },
} as const;

/** The frame for a window: sideways is today's 1920x1080; a window taller than wide is read upright. */
export function frameFor(view: Viewport): Frame {
  return view.height >= view.width ? uprightFrame(view) : sidewaysFrame(view);
}

/** True when `view` (a window) is read upright (frameFor). */
export function uprightView(view: { innerWidth: number; innerHeight: number }): boolean {
  return view.innerHeight >= view.innerWidth;
}

function sidewaysFrame(view: Viewport): Frame {
  const cssScale = Math.min(view.width / DESIGN.width, view.height / DESIGN.height);
  // On touch, the gap between choices grows until each (with half a gap either side) is a 44px target;
  // the plates themselves are drawn as they are on a desktop.
  const target = view.touch ? TOUCH.target : TOUCH.minimum;
  const gap = Math.max(CHOICES.gap, Math.ceil(target / cssScale) - CHOICES.height);
  return {
    orientation: 'landscape',
    ...DESIGN,
    cssScale,
    stageTop: 0,
    box: DIALOGUE.box,
    boxArt: 'dialogue-box',
    nameplate: DIALOGUE.nameplate,
    continueMark: DIALOGUE.continueMark,
    lineBox: LINE_BOX,
    textScale: 1,
    choices: { ...CHOICES, gap, hitHeight: CHOICES.height + gap, art: 'choice' },
    card: { x: CARD.x, y: CARD.y },
  };
}

function uprightFrame(view: Viewport): Frame {
  const { width, overlap, box, padding, nameplate, choices } = UPRIGHT;
  const stripCss = quickBarStrip(view.width) + (view.safeBottom ?? 0);
  // The frame's height follows the window's shape (no letterbox on a phone), but never so short that
  // the stage, the box and the quick bar's strip do not fit; the strip depends on the scale, so settle it.
  let cssScale = view.width / width;
  let strip = 0;
  let height = 0;
  for (let pass = 0; pass < 4; pass++) {
    strip = Math.ceil(stripCss / cssScale);
    const needed = DESIGN.height - overlap + box.height + strip;
    const fitted = Math.round((width * view.height) / view.width / 8) * 8;
    height = Math.min(UPRIGHT.maxHeight, Math.max(needed, fitted));
    cssScale = Math.min(view.width / width, view.height / height);
  }
  const boxY = height - strip - box.height;
  const stageTop = boxY + overlap - DESIGN.height;
  const plateY = boxY - nameplate.above;
  const target = view.touch ? TOUCH.target : TOUCH.minimum;
  const gap = Math.max(choices.minGap, Math.ceil(target / cssScale) - choices.height);
  return {
    orientation: 'portrait',
    width,
    height,
    cssScale,
    stageTop,
    box: { x: box.x, y: boxY, width: box.width, height: box.height },
    boxArt: 'dialogue-box-tall',
    nameplate: { x: nameplate.x, y: plateY, width: nameplate.width, height: nameplate.height },
    continueMark: { x: box.x + box.width - 52, y: boxY + box.height - 44 },
    lineBox: {
      x: box.x + padding.x,
      y: boxY + padding.top,
      width: box.width - padding.x * 2,
      lineHeight: DIALOGUE.lineHeight,
      maxHeight: box.height - padding.top - padding.bottom,
    },
    textScale: UPRIGHT.textScale,
    choices: {
      width: choices.width,
      height: choices.height,
      gap,
      centreX: width / 2,
      // Low, near the thumb: centred below the faces, and always ending above the nameplate.
      centreY: stageTop + 780,
      bottomLimit: plateY - choices.aboveNameplate,
      textSize: choices.textSize,
      hitHeight: choices.height + gap,
      art: 'choice-wide',
    },
    card: { x: CARD.x, y: stageTop + CARD.y },
  };
}

/** Frame y of the first choice's top edge when `count` choices are shown in `choices`. */
export function choiceListTop(choices: ChoiceLayout, count: number): number {
  const { height, gap, centreY, bottomLimit } = choices;
  const total = count * height + (count - 1) * gap;
  return Math.min(centreY - total / 2, bottomLimit - total);
}

/** A character's place on the stage, for the camera to follow (the stage's design x). */
export interface StagePlace {
  who: CharacterId;
  position: keyof typeof PORTRAIT.x;
}

/**
 * How far the camera pans across the stage (design x of the view's left edge): sideways the whole
 * stage shows (0). Upright the view is as wide as the frame: it centres on whoever speaks when he is
 * on stage; for narration or a voice off stage it stays where it was (`previous`) while that still
 * shows someone, else it goes to whoever came on last; an empty stage keeps the view (or its middle).
 */
export function stagePan(
  frame: Pick<Frame, 'width'>,
  cast: readonly StagePlace[],
  speaker: string | null,
  previous: number | null,
): number {
  const spare = DESIGN.width - frame.width;
  if (spare <= 0) return 0;
  const clamp = (x: number) => Math.min(spare, Math.max(0, Math.round(x)));
  const centreOn = (place: StagePlace) => clamp(PORTRAIT.x[place.position] - frame.width / 2);
  const speaking = speaker ? cast.find((c) => c.who === speaker.toLowerCase()) : undefined;
  if (speaking) return centreOn(speaking);
  if (previous !== null) {
    const view = clamp(previous);
    const inView = (c: StagePlace) => Math.abs(PORTRAIT.x[c.position] - (view + frame.width / 2)) <= PAN_SLACK;
    if (!cast.length || cast.some(inView)) return view;
  }
  const newest = cast.at(-1);
  return newest ? centreOn(newest) : clamp((DESIGN.width - frame.width) / 2);
}

/** How far (design px) a figure may stand from the view's middle and still count as in view. */
const PAN_SLACK = 200;

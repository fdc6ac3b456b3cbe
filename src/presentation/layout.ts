/**
 * Every position, size, colour and text style of the canvas, in one place (design units: 1920x1080
 * sideways, 1080 wide upright). How they are put together for a window is windowLayout.ts.
 */
import type { CharacterId, Position } from '../story/vocabulary.ts';

export const DESIGN = { width: 1920, height: 1080 } as const;

/**
 * The upright frame's width, its tallest (a taller window is letterboxed) and about its shortest
 * (what the stage, box and quick bar need: canvasZoom's estimate; windowLayout.ts has the rest).
 */
export const UPRIGHT_SIZE = { width: 1080, maxHeight: 2560, zoomHeight: 1920 } as const;

/**
 * The canvas is drawn at the screen's own pixel count (design size times this zoom, from 0.5 to
 * 1.5): crisp text on a DPR 2 screen, and no wasted fill on a small window or a cheap phone. The
 * design size is the frame's (1920x1080 sideways; upright 1080 wide, at least about as tall as the
 * stage, box and quick bar need: windowLayout.ts), so a phone gets the same zoom held either way: the
 * art, rasterised once at this zoom, stays pixel for pixel after a turn.
 */
export function canvasZoom(view: { innerWidth: number; innerHeight: number; devicePixelRatio: number }): number {
  const { innerWidth: w, innerHeight: h } = view;
  const upright = uprightView(view);
  const width = upright ? UPRIGHT_SIZE.width : DESIGN.width;
  const height = upright
    ? Math.min(UPRIGHT_SIZE.maxHeight, Math.max(UPRIGHT_SIZE.zoomHeight, (width * h) / w))
    : DESIGN.height;
  const fit = Math.min(w / width, h / height) * view.devicePixelRatio;
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
  /** Where each place on stage stands: the three usual ones, the ones between (two people close), the edges. */
  x: {
    'far-left': 260,
    left: 500,
    'centre-left': 730,
    centre: 960,
    'centre-right': 1190,
    right: 1420,
    'far-right': 1680,
  } satisfies Record<Position, number>,
} as const;

/** The size of a close-up illustration (assets/art/closeups/); the rest of its staging is in stagingLayout.ts. */
export const CLOSEUP_ART = { width: 640, height: 400 } as const;

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

/** True when `view` (a window) is read upright (windowLayout.ts frameFor). */
export function uprightView(view: { innerWidth: number; innerHeight: number }): boolean {
  return view.innerHeight >= view.innerWidth;
}

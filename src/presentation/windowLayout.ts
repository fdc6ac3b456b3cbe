/**
 * The layout for a window: one pure function (frameFor) from the viewport to a Frame, everything the
 * play scene places, built from layout.ts's constants. Its own module so that the entry chunk (the
 * title and the opening line import layout.ts) does not carry it: only the game (GameShell) does.
 */
import type { CharacterId } from '../story/vocabulary.ts';
import { CARD, CHOICES, DESIGN, DIALOGUE, LINE_BOX, PORTRAIT, UPRIGHT_SIZE } from './layout.ts';

/** Touch targets (CSS px): WCAG 2.2's 24 everywhere, 44 where a finger is the pointer. */
export const TOUCH = { minimum: 24, target: 44 } as const;

/**
 * The quick bar (dom/QuickBar.ts, placed by overlays.css, which mirrors these CSS px): upright it is a
 * full-width row of eight 44px buttons, 4px apart inside 6px of padding, in a strip the frame keeps
 * clear at the bottom, under the box, in reach of the thumb; two rows of four below `oneRowWidth`.
 */
export const QUICK_BAR = { buttons: 8, gap: 4, padding: 6, oneRowWidth: 388 } as const;

/** The upright frame (design units, 1080 wide): the stage at the top, a taller box near the thumb. */
export const UPRIGHT = {
  ...UPRIGHT_SIZE,
  /** The box overlaps the stage's lower edge by this much, as it does sideways. */
  overlap: 60,
  box: { x: 32, width: 1016, height: 600 },
  padding: { x: 56, top: 72, bottom: 72 },
  nameplate: { x: 56, width: 420, height: 72, above: 40 },
  textScale: 1.2,
  choices: { width: 1000, height: 136, minGap: 20, textSize: 44, aboveNameplate: 24 },
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

/** The CSS height of the upright quick bar's strip in a window `width` CSS px wide (without the safe area). */
export function quickBarStrip(width: number): number {
  const rows = width < QUICK_BAR.oneRowWidth ? 2 : 1;
  return rows * TOUCH.target + (rows - 1) * QUICK_BAR.gap + QUICK_BAR.padding * 2;
}

/** The frame for a window: sideways is today's 1920x1080; a window taller than wide is read upright. */
export function frameFor(view: Viewport): Frame {
  return view.height >= view.width ? uprightFrame(view) : sidewaysFrame(view);
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

/**
 * The frame's choice rows at text scale `scale` (the reader's size over the default): taller and
 * wider as it grows, never past the frame's sides or its top, each still a whole touch target.
 */
export function scaledChoices(frame: Frame, count: number, scale: number): { rows: ChoiceLayout; top: number } {
  const base = frame.choices;
  const grow = Math.max(1, scale);
  if (grow === 1) return { rows: base, top: choiceListTop(base, count) };
  const height = Math.round(base.height * grow);
  const width = Math.min(frame.width - 80, Math.round(base.width * grow));
  const rows = { ...base, height, width, hitHeight: Math.max(base.hitHeight, height + base.gap) };
  return { rows, top: Math.max(base.gap, choiceListTop(rows, count)) };
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

import { describe, expect, it } from 'vitest';
import {
  CHOICES,
  canvasZoom,
  choicesTop,
  DESIGN,
  DIALOGUE,
  LINE_BOX,
  PORTRAIT,
} from '../../src/presentation/layout.ts';
import {
  choiceListTop,
  type Frame,
  frameFor,
  quickBarStrip,
  stagePan,
  TOUCH,
} from '../../src/presentation/windowLayout.ts';

const PHONE_UPRIGHT = { width: 390, height: 844, touch: true };
const PHONE_SIDEWAYS = { width: 844, height: 390, touch: true };

/** The CSS pixels of a choice's touch target, and the lowest edge the list reaches with `count` choices. */
function choiceBounds(frame: Frame, count: number) {
  const top = choiceListTop(frame.choices, count);
  const { height, gap } = frame.choices;
  return { targetCss: frame.choices.hitHeight * frame.cssScale, bottom: top + count * height + (count - 1) * gap, top };
}

describe('the layout held sideways', () => {
  it('is the 1920x1080 frame as it always was, on a desktop', () => {
    const frame = frameFor({ width: 1280, height: 720, touch: false });
    expect(frame).toMatchObject({ orientation: 'landscape', width: 1920, height: 1080, stageTop: 0, textScale: 1 });
    expect(frame.box).toEqual(DIALOGUE.box);
    expect(frame.lineBox).toEqual(LINE_BOX);
    expect(frame.continueMark).toEqual(DIALOGUE.continueMark);
    expect(frame.choices).toMatchObject({ width: CHOICES.width, height: CHOICES.height, gap: CHOICES.gap });
    expect(choiceListTop(frame.choices, 3)).toBe(choicesTop(3));
    expect(stagePan(frame, [{ who: 'iruka', position: 'left' }], 'Iruka', null)).toBe(0);
  });

  it('on a phone spaces the choices so each is a 44px target, drawn the same size as on a desktop', () => {
    const frame = frameFor(PHONE_SIDEWAYS);
    expect(frame.width).toBe(1920);
    expect(frame.choices.height).toBe(CHOICES.height);
    for (const count of [2, 3, 4]) {
      const { targetCss, bottom, top } = choiceBounds(frame, count);
      expect(targetCss).toBeGreaterThanOrEqual(TOUCH.target);
      expect(bottom).toBeLessThanOrEqual(CHOICES.bottomLimit);
      expect(top).toBeGreaterThan(0);
    }
  });
});

describe('the layout held upright (390x844 phone)', () => {
  const frame = frameFor(PHONE_UPRIGHT);

  it('is a tall frame fitted to the screen, drawn at the same zoom as sideways', () => {
    expect(frame.orientation).toBe('portrait');
    expect(frame.width).toBe(1080);
    expect(Math.abs(frame.height / frame.width - 844 / 390)).toBeLessThan(0.01);
    expect(frame.cssScale * frame.width).toBeCloseTo(390, 0);
    const dpr3 = { devicePixelRatio: 3 };
    expect(canvasZoom({ innerWidth: 390, innerHeight: 844, ...dpr3 })).toBe(
      canvasZoom({ innerWidth: 844, innerHeight: 390, ...dpr3 }),
    );
  });

  it('puts a taller box at the bottom, over the stage edge, clear of the quick bar strip', () => {
    const { box } = frame;
    expect(box.height).toBeGreaterThan(DIALOGUE.box.height * 1.5);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.width);
    const stripCss = (frame.height - (box.y + box.height)) * frame.cssScale;
    expect(stripCss).toBeGreaterThanOrEqual(quickBarStrip(390));
    expect(quickBarStrip(390)).toBeGreaterThanOrEqual(TOUCH.target);
    // The stage's lower edge is under the box: no gap between picture and words.
    expect(frame.stageTop + DESIGN.height).toBeGreaterThan(box.y);
    expect(frame.stageTop).toBeGreaterThanOrEqual(0);
    // The continue mark is inside the box, above the strip.
    expect(frame.continueMark.y).toBeLessThan(box.y + box.height);
    expect(frame.continueMark.x).toBeLessThan(box.x + box.width);
  });

  it('sets the words at a readable size, inside the box', () => {
    const textCss = DIALOGUE.textSize * frame.textScale * frame.cssScale;
    expect(textCss).toBeGreaterThanOrEqual(16);
    const { lineBox, box } = frame;
    expect(lineBox.x).toBeGreaterThan(box.x);
    expect(lineBox.x + lineBox.width).toBeLessThan(box.x + box.width);
    expect(lineBox.y + lineBox.maxHeight).toBeLessThan(box.y + box.height);
    // At least five lines of text fit.
    expect(lineBox.maxHeight / (DIALOGUE.textSize * frame.textScale * lineBox.lineHeight)).toBeGreaterThanOrEqual(5);
  });

  it('offers choices as full-width buttons at least 44px tall, above the nameplate', () => {
    expect(frame.choices.width / frame.width).toBeGreaterThan(0.9);
    expect(frame.choices.height * frame.cssScale).toBeGreaterThanOrEqual(TOUCH.target);
    for (const count of [1, 2, 3, 4, 5]) {
      const { targetCss, top, bottom } = choiceBounds(frame, count);
      expect(targetCss).toBeGreaterThanOrEqual(TOUCH.target);
      expect(bottom).toBeLessThanOrEqual(frame.nameplate.y);
      expect(top).toBeGreaterThanOrEqual(frame.stageTop);
    }
  });

  it('keeps room on a narrow phone (two rows of quick buttons) and a short, wide window', () => {
    for (const view of [
      { width: 320, height: 568, touch: true },
      { width: 360, height: 640, touch: true },
      { width: 800, height: 820, touch: false },
    ]) {
      const f = frameFor(view);
      const stripCss = (f.height - (f.box.y + f.box.height)) * f.cssScale;
      expect(stripCss, `${view.width}x${view.height}`).toBeGreaterThanOrEqual(quickBarStrip(view.width) - 1);
      expect(f.stageTop).toBeGreaterThanOrEqual(0);
    }
    expect(quickBarStrip(360)).toBeGreaterThan(2 * TOUCH.target);
  });
});

describe('the camera upright', () => {
  const frame = frameFor(PHONE_UPRIGHT);
  const inView = (pan: number, position: keyof typeof PORTRAIT.x) => {
    const x = PORTRAIT.x[position] - pan;
    return x > 0 && x < frame.width;
  };

  it('centres on whoever speaks, clamped to the stage', () => {
    const cast = [
      { who: 'iruka', position: 'left' },
      { who: 'kakashi', position: 'right' },
    ] as const;
    const onKakashi = stagePan(frame, cast, 'Kakashi', null);
    expect(onKakashi).toBe(DESIGN.width - frame.width);
    expect(inView(onKakashi, 'right')).toBe(true);
    expect(stagePan(frame, cast, 'Iruka', onKakashi)).toBe(0);
  });

  it('holds still for narration while someone is in view, else finds who came on last', () => {
    const both = [
      { who: 'iruka', position: 'left' },
      { who: 'kakashi', position: 'centre' },
    ] as const;
    expect(stagePan(frame, both, null, 0)).toBe(0);
    expect(stagePan(frame, both, 'Izumo', 0)).toBe(0);
    // Nobody in the view kept from before (he has left): the newest arrival.
    const pan = stagePan(frame, [{ who: 'iruka', position: 'left' }], null, DESIGN.width - frame.width);
    expect(inView(pan, 'left')).toBe(true);
    expect(stagePan(frame, [], null, null)).toBe((DESIGN.width - frame.width) / 2);
  });
});

import { describe, expect, it } from 'vitest';
import { displaySignature, Fingerprint, type Drawable } from '../../src/presentation/fingerprint.ts';

const sign = (objects: Drawable[]) => displaySignature(new Fingerprint(), objects).value;

/** A small scene as the play scene builds it: a backdrop, a face, and the dialogue box in a container. */
function scene(): Drawable[] {
  return [
    {
      x: 0,
      y: 0,
      alpha: 1,
      width: 1920,
      height: 1080,
      texture: { key: 'bg:mission-desk' },
      frame: { name: '__BASE' },
      tintTopLeft: 0xffffff,
    },
    { x: 700, y: 990, alpha: 1, width: 600, height: 900, texture: { key: 'iruka:neutral' }, frame: { name: '__BASE' } },
    {
      x: 0,
      y: 0,
      list: [
        { x: 80, y: 752, width: 1760, height: 300, texture: { key: 'ui:dialogue-box' }, frame: { name: '__BASE' } },
        { x: 1790, y: 1010, text: '▾', style: { color: '#e8b86a', fontSize: '34px' }, visible: true },
      ],
    },
  ];
}

describe('the picture fingerprint that decides whether a frame is drawn', () => {
  it('is the same for the same picture, so a still scene draws nothing', () => {
    expect(sign(scene())).toBe(sign(scene()));
  });

  it('changes when anything a reader would see changes', () => {
    const base = sign(scene());
    const changes: ((objects: Drawable[]) => void)[] = [
      (o) => (o[1]!.texture = { key: 'iruka:smile' }), // a new expression
      (o) => (o[1]!.x = 701), // a face sliding in
      (o) => (o[0]!.alpha = 0.5), // a backdrop cross-fading
      (o) => (o[0]!.tintTopLeft = 0x000000), // high contrast box tint
      (o) => (o[2]!.list![1]!.y = 1012), // the continue mark's bob (inside a container)
      (o) => (o[2]!.list![1]!.text = '▸'),
      (o) => (o[2]!.list![1]!.style = { color: '#ffffff', fontSize: '34px' }),
      (o) => (o[2]!.list![0]!.visible = false), // the interface hidden
      (o) => o.push({ x: 0, y: 0, fillColor: 0x141821, fillAlpha: 0.35, width: 1920, height: 1080 }), // the choice veil
      (o) => Object.assign(o[0]!, { isCropped: true, _crop: { x: 0, y: 500, width: 1920, height: 580 } }), // the wall rising
      (o) => o.reverse(), // drawing order
    ];
    for (const change of changes) {
      const objects = scene();
      change(objects);
      expect(sign(objects), change.toString()).not.toBe(base);
    }
  });

  it('ignores what cannot be seen: hidden or fully transparent objects and their changes', () => {
    const hidden = scene();
    hidden[1]!.visible = false;
    const moved = scene();
    moved[1]!.visible = false;
    moved[1]!.x = 1200;
    moved[1]!.texture = { key: 'iruka:tired' };
    expect(sign(moved)).toBe(sign(hidden));
    const clear = scene();
    clear[1]!.alpha = 0;
    const clearMoved = scene();
    clearMoved[1]!.alpha = 0;
    clearMoved[1]!.y = 10;
    expect(sign(clearMoved)).toBe(sign(clear));
  });

  it('ignores drift under 1/256 of a pixel, which draws the same pixels', () => {
    const drift = scene();
    drift[1]!.x = 700.001;
    expect(sign(drift)).toBe(sign(scene()));
  });

  it('hashes strings by content and length', () => {
    expect(new Fingerprint().string('ab').value).not.toBe(new Fingerprint().string('ba').value);
    expect(new Fingerprint().string('a').string('b').value).not.toBe(new Fingerprint().string('ab').value);
  });
});

import { describe, expect, it } from 'vitest';
import { artFile, INTERFACE_ART, portraitKey, stageArtKeys } from '../../src/presentation/assets.ts';
import { BACKDROPS, CAST, POSES } from '../../src/story/vocabulary.ts';

describe('the art a stage needs', () => {
  it('is the backdrop, each character body and face, and the wall once it has risen', () => {
    const keys = stageArtKeys({
      backdrop: 'kitchen-morning',
      cast: [{ who: 'iruka', expression: 'hurt', position: 'left' }],
      wall: 2,
    });
    expect(keys).toEqual([
      'portrait:iruka:body',
      'portrait:iruka:hurt',
      'backdrop:kitchen-morning',
      'overlay:wall-sand',
      'overlay:wall-stone',
    ]);
    expect(stageArtKeys({ backdrop: null, cast: [], wall: 0 })).toEqual([]);
  });

  it('names only files that exist, for the interface and a real scene', () => {
    const keys = [
      ...INTERFACE_ART,
      ...stageArtKeys({
        backdrop: 'mission-desk',
        cast: [{ who: 'kakashi', expression: 'guarded', position: 'right' }],
        wall: 1,
      }),
    ];
    expect(keys.filter((key) => !artFile(key))).toEqual([]);
  });

  it('draws a named pose from its own body layer, and the first pose from body.svg', () => {
    const cast = [
      { who: 'iruka', expression: 'masked', position: 'left', pose: 'crossed' },
      { who: 'kakashi', expression: 'grave', position: 'right', pose: 'pockets' },
    ] as const;
    const keys = stageArtKeys({ backdrop: null, cast: [...cast], wall: 0 });
    expect(keys).toEqual([
      'portrait:iruka:body-crossed',
      'portrait:iruka:masked',
      'portrait:kakashi:body',
      'portrait:kakashi:grave',
    ]);
  });

  it('has a file for every backdrop, expression and pose the ink may name', () => {
    const missing = [
      ...BACKDROPS.map((id) => `backdrop:${id}`),
      ...Object.entries(CAST).flatMap(([who, faces]) => faces.map((face) => portraitKey(who, face))),
      ...Object.entries(POSES).flatMap(([who, poses]) =>
        poses.map((pose, i) => portraitKey(who, i === 0 ? 'body' : `body-${pose}`)),
      ),
    ].filter((key) => !artFile(key));
    expect(missing).toEqual([]);
  });
});

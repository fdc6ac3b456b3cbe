import { describe, expect, it } from 'vitest';
import { artFile, INTERFACE_ART, stageArtKeys } from '../../src/presentation/assets.ts';

describe('the art a stage needs', () => {
  it('is the backdrop, each character body and face, and the wall once it has risen', () => {
    const keys = stageArtKeys({ backdrop: 'kitchen-morning', cast: [{ who: 'iruka', expression: 'hurt', position: 'left' }], wall: 2 });
    expect(keys).toEqual(['portrait:iruka:body', 'portrait:iruka:hurt', 'backdrop:kitchen-morning', 'overlay:wall-sand', 'overlay:wall-stone']);
    expect(stageArtKeys({ backdrop: null, cast: [], wall: 0 })).toEqual([]);
  });

  it('names only files that exist, for the interface and a real scene', () => {
    const keys = [...INTERFACE_ART, ...stageArtKeys({ backdrop: 'mission-desk', cast: [{ who: 'kakashi', expression: 'guarded', position: 'right' }], wall: 1 })];
    expect(keys.filter((key) => !artFile(key))).toEqual([]);
  });
});

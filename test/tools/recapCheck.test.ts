import { describe, expect, it } from 'vitest';
import { formatMissingRecap, scenesWithoutRecap } from '../../src/tools/recapCheck.ts';
import { fixturePath } from '../support/ink.ts';

describe('ink:check on recap text', () => {
  it('warns at file:line for a scene with text but no recap, and only for it', () => {
    const file = fixturePath('recap/two-scenes.ink');
    const missing = scenesWithoutRecap([file]);
    expect(missing).toEqual([{ file, line: 22, scene: 'kitchen.plain', problem: 'missing' }]);
    expect(formatMissingRecap(missing[0], fixturePath('.'))).toBe(
      'recap/two-scenes.ink:22: warning: scene kitchen.plain has no recap text ' +
        '(add "# recap: <one sentence>" before its first line)',
    );
  });

  it('every scene of the story has its recap text before its first line', () => {
    const chapters = ['01-mission-desk', '02-apartment', '03-breakfast', '04-ichiraku', '05-academy'];
    const files = [...chapters, '06-after', '07-gathering', 'endings'].map(
      (name) => new URL(`../../ink/chapters/${name}.ink`, import.meta.url).pathname,
    );
    expect(scenesWithoutRecap(files).map((m) => `${m.scene} ${m.problem}`)).toEqual([]);
  });
});

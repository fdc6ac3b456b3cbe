import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/tools/explorer/explore.ts';
import { formatReport, listedEndings } from '../../../src/tools/explorer/report.ts';
import { compileFixture } from '../../support/ink.ts';

describe('the story report', () => {
  it('reads the ending ids from the README endings table', () => {
    const readme = [
      '# ink',
      '',
      '## Endings',
      '',
      '| id | title |',
      '|---|---|',
      '| `stone-wall` | The Stone Wall |',
      '| `the-truth` | x |',
      '',
      '## Route design',
      '| `not-an-ending` | y |',
    ].join('\n');
    expect(listedEndings(readme)).toEqual(['stone-wall', 'the-truth']);
  });

  it('formats the report as Markdown', () => {
    const markdown = formatReport(exploreStory(compileFixture('explorer/dead-end.ink')));
    expect(markdown).toMatch(/^# Story report/);
    expect(markdown).toContain('| `garden` | The Garden | 1 | 1 | “Go through” |');
    expect(markdown).toContain('- `road` after “The road goes nowhere.”');
  });
});

import { describe, expect, it } from 'vitest';
import { playRoute } from '../../../src/tools/explorer/playRoute.ts';
import { compileFixture } from '../../support/ink.ts';

describe('playing one route', () => {
  it('replays a route by its choice indices', () => {
    const played = playRoute(compileFixture('explorer/two-endings.ink'), [1, 1, 0]);
    expect(played.steps.map((s) => s.text)).toEqual(['Go right', 'Run', 'Knock']);
    expect(played.nodes).toEqual(['crossroads', 'right', 'hill']);
    expect(played.chapters).toEqual([1, 2]);
    expect(played.ending).toEqual({ id: 'good-end', title: 'The Good End' });
    expect(played.ended).toBe(true);
  });
});

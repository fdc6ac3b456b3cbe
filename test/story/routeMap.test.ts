import { describe, expect, it } from 'vitest';
import { nodes } from '../support/routeNodes.ts';
import { edgeKey, nodeOffering, RouteTrail } from '../../src/story/routeMap.ts';

describe('placing the reader on the route map', () => {
  it('finds the node offering the choices on screen, from some or all of its sources', () => {
    expect(nodeOffering(nodes, ['hill.0.13', 'hill.0.26'])).toBe('hill');
    expect(nodeOffering(nodes, ['gate.lane.0.7', 'gate.lane.0.13'])).toBe('gate.lane');
    expect(nodeOffering(nodes, ['nowhere.0.1'])).toBeNull();
    expect(nodeOffering(nodes, [])).toBeNull();
  });

  it('records each point reached and each edge taken, keyed from|choice|to', () => {
    const trail = new RouteTrail(nodes);
    expect(trail.choicesShown(['gate.0.15', 'gate.0.21'])).toEqual({ nodes: ['gate'], edges: [] });
    trail.chose('Wait');
    expect(trail.choicesShown(['gate.lane.0.7', 'gate.lane.0.13'])).toEqual({
      nodes: ['gate.lane'],
      edges: ['gate|Wait|gate.lane'],
    });
    trail.chose('Go back');
    trail.choicesShown(['hill.0.13', 'hill.0.26']);
    trail.chose('Turn back');
    expect(trail.endingReached('bad-end')).toEqual({
      nodes: ['ending:bad-end'],
      edges: [edgeKey('hill', 'Turn back', 'ending:bad-end')],
    });
    expect(trail.route).toEqual([
      'gate',
      'gate|Wait|gate.lane',
      'gate.lane',
      'gate.lane|Go back|hill',
      'hill',
      'hill|Turn back|ending:bad-end',
      'ending:bad-end',
    ]);
  });

  it('takes the same choices shown again (a load, a redraw) as no news, and cuts the route back on rollback', () => {
    const trail = new RouteTrail(nodes);
    trail.choicesShown(['gate.0.15', 'gate.0.21']);
    expect(trail.choicesShown(['gate.0.15', 'gate.0.21'])).toEqual({ nodes: ['gate'], edges: [] });
    trail.chose('Knock');
    trail.choicesShown(['hill.0.13', 'hill.0.20', 'hill.0.26']);
    expect(trail.choicesShown(['gate.0.15', 'gate.0.21']).edges).toEqual([]);
    expect(trail.route).toEqual(['gate']);
    trail.reset();
    expect(trail.route).toEqual([]);
  });
});

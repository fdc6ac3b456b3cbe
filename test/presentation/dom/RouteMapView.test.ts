import { describe, expect, it } from 'vitest';
import { neighbour } from '../../../src/presentation/dom/RouteMapView.ts';

const nodes = [
  { id: 'gate', sources: ['gate.0.15', 'gate.0.21'], layout: { column: 0, row: 0 } },
  { id: 'gate.lane', sources: ['gate.lane.0.7', 'gate.lane.0.13'], layout: { column: 0, row: 1 } },
  { id: 'hill', sources: ['hill.0.13', 'hill.0.20', 'hill.0.26'], layout: { column: 1, row: 0 } },
  { id: 'ending:good-end', sources: [], layout: { column: 2, row: 0 } },
  { id: 'ending:bad-end', sources: [], layout: { column: 2, row: 1 } },
];

describe('moving between points with the arrow keys', () => {
  const at = (id: string) => nodes.find((n) => n.id === id)!;
  it('goes up and down a column, and across to the nearest row of the next column', () => {
    expect(neighbour(nodes, at('gate'), 'ArrowDown')?.id).toBe('gate.lane');
    expect(neighbour(nodes, at('gate'), 'ArrowUp')).toBeNull();
    expect(neighbour(nodes, at('gate.lane'), 'ArrowRight')?.id).toBe('hill');
    expect(neighbour(nodes, at('hill'), 'ArrowRight')?.id).toBe('ending:good-end');
    expect(neighbour(nodes, at('ending:bad-end'), 'ArrowLeft')?.id).toBe('hill');
    expect(neighbour(nodes, at('ending:bad-end'), 'Home')?.id).toBe('ending:good-end');
    expect(neighbour(nodes, at('gate'), 'Enter')).toBeUndefined();
  });
});

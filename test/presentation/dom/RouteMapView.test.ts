import { describe, expect, it } from 'vitest';
import { nodes } from '../../support/routeNodes.ts';
import { neighbour } from '../../../src/presentation/dom/RouteMapView.ts';

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

// The route map of test/fixtures/replay/two-chapters.ink as the view and the trail see it: ids, sources, places.

/** Its points, with the choice sources the runner reports there. */
export const nodes = [
  { id: 'gate', sources: ['gate.0.15', 'gate.0.21'], layout: { column: 0, row: 0 } },
  { id: 'gate.lane', sources: ['gate.lane.0.7', 'gate.lane.0.13'], layout: { column: 0, row: 1 } },
  { id: 'hill', sources: ['hill.0.13', 'hill.0.20', 'hill.0.26'], layout: { column: 1, row: 0 } },
  { id: 'ending:good-end', sources: [], layout: { column: 2, row: 0 } },
  { id: 'ending:bad-end', sources: [], layout: { column: 2, row: 1 } },
];

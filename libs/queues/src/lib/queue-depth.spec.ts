import { depthReadings } from './queue-depth';

describe('depthReadings', () => {
  it('reports the four states, prioritized jobs as waiting, absent counts as zero', () => {
    expect(depthReadings('digests', { waiting: 3, prioritized: 2, active: 1, failed: 4 })).toEqual([
      { labels: { queue: 'digests', state: 'waiting' }, value: 5 },
      { labels: { queue: 'digests', state: 'active' }, value: 1 },
      { labels: { queue: 'digests', state: 'delayed' }, value: 0 },
      { labels: { queue: 'digests', state: 'failed' }, value: 4 },
    ]);
  });
});

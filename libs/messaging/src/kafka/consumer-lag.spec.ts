import { partitionLags } from './consumer-lag';

describe('partition lag', () => {
  const logs = [
    { partition: 1, high: '40', low: '0' },
    { partition: 0, high: '10', low: '0' },
    { partition: 2, high: '100', low: '60' },
  ];

  it('is the log end minus the committed offset, per partition in order', () => {
    expect(
      partitionLags(logs, [
        { partition: 0, offset: '10' },
        { partition: 1, offset: '25' },
        { partition: 2, offset: '99' },
      ]),
    ).toEqual([
      { partition: 0, lag: 0 },
      { partition: 1, lag: 15 },
      { partition: 2, lag: 1 },
    ]);
  });

  it('counts from the log start where the group never committed, or retention overtook its offset', () => {
    expect(
      partitionLags(logs, [
        { partition: 0, offset: '-1' },
        { partition: 2, offset: '20' },
      ]),
    ).toEqual([
      { partition: 0, lag: 10 },
      { partition: 1, lag: 40 },
      { partition: 2, lag: 40 },
    ]);
  });
});

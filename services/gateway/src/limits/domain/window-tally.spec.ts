import { WindowTally } from './window-tally';

describe('window tally', () => {
  it('counts each request at once, before any sync', () => {
    const tally = new WindowTally();
    expect([1, 2, 3].map(() => tally.count('u:a:7', 7))).toEqual([1, 2, 3]);
    expect(tally.count('u:b:7', 7)).toBe(1);
  });

  it('sends each count once and adds what the other instances counted', () => {
    const tally = new WindowTally();
    tally.count('k', 1);
    tally.count('k', 1);
    const sent = tally.takeForSync(1);
    expect(sent).toEqual([{ key: 'k', delta: 2 }]);
    // Counted while the sync was on its way: part of the total, sent with the next sync.
    expect(tally.count('k', 1)).toBe(3);
    // The store holds 2 of ours and 5 of another instance's.
    tally.settle(sent, [7]);
    expect(tally.count('k', 1)).toBe(9);
    expect(tally.takeForSync(1)).toEqual([{ key: 'k', delta: 2 }]);
  });

  it('reads back the totals of counters this instance has nothing new for', () => {
    const tally = new WindowTally();
    tally.count('k', 1);
    tally.settle(tally.takeForSync(1), [1]);
    const idle = tally.takeForSync(1);
    expect(idle).toEqual([{ key: 'k', delta: 0 }]);
    tally.settle(idle, [6]);
    expect(tally.count('k', 1)).toBe(7);
  });

  it('keeps the counts of a failed sync for the next one, without counting them twice', () => {
    const tally = new WindowTally();
    tally.count('k', 1);
    const sent = tally.takeForSync(1);
    tally.restore(sent);
    expect(tally.count('k', 1)).toBe(2);
    expect(tally.takeForSync(1)).toEqual([{ key: 'k', delta: 2 }]);
  });

  it('never lowers a total on a late answer', () => {
    const tally = new WindowTally();
    tally.count('k', 1);
    const first = tally.takeForSync(1);
    tally.settle(first, [10]);
    tally.count('k', 1);
    const second = tally.takeForSync(1);
    tally.settle(second, [4]);
    expect(tally.count('k', 1)).toBe(11);
  });

  it('syncs only the current window and forgets past ones once nothing of theirs is on its way', () => {
    const tally = new WindowTally();
    tally.count('old', 1);
    const sending = tally.takeForSync(1);
    tally.count('current', 2);
    expect(tally.takeForSync(2)).toEqual([{ key: 'current', delta: 1 }]);
    tally.prune(2);
    expect(tally.size).toBe(2);
    tally.settle(sending, [1]);
    tally.prune(2);
    expect(tally.size).toBe(1);
  });
});

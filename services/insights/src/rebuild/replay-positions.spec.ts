import { messagesBetween } from './replay-positions';

const at = (topic: string, ...offsets: number[]) => ({
  topic,
  partitions: offsets.map((offset, partition) => ({ partition, offset: String(offset) })),
});

describe('how many messages a replay reads', () => {
  it('adds up each partition from its start to its end', () => {
    expect(messagesBetween([at('a', 2, 0), at('b', 5)], [at('a', 10, 3), at('b', 5)])).toBe(11);
  });

  it('counts a partition never committed (-1) or not named from the oldest message kept', () => {
    const floor = [at('a', 4, 1)];
    expect(messagesBetween([at('a', -1)], [at('a', 10, 3)], floor)).toBe(6 + 2);
  });

  it('counts a committed offset that retention overtook from the oldest message kept', () => {
    expect(messagesBetween([at('a', 1)], [at('a', 10)], [at('a', 7)])).toBe(3);
  });

  it('is nothing once the group has reached the end, and never negative', () => {
    expect(messagesBetween([at('a', 10, 4)], [at('a', 10, 3)])).toBe(0);
  });
});

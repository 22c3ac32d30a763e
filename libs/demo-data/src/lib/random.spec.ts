import { DemoRandom, deterministicHexId } from './random';

describe('DemoRandom', () => {
  const draw = (random: DemoRandom, count: number) => Array.from({ length: count }, () => random.uint32());

  it('gives the same stream for the same seed parts, and another for other parts', () => {
    expect(draw(DemoRandom.of(42, 'job', 7), 20)).toEqual(draw(DemoRandom.of(42, 'job', 7), 20));
    expect(draw(DemoRandom.of(42, 'job', 7), 20)).not.toEqual(draw(DemoRandom.of(42, 'job', 8), 20));
    expect(draw(DemoRandom.of(42, 'job', 7), 20)).not.toEqual(draw(DemoRandom.of(43, 'job', 7), 20));
    expect(draw(DemoRandom.of('42', 'job', 7), 20)).toEqual(draw(DemoRandom.of(42, 'job', 7), 20));
  });

  it('keeps a fixed stream for a fixed seed (platform independent: only 32-bit integer arithmetic)', () => {
    expect(draw(DemoRandom.of('vetlink'), 3)).toEqual(draw(DemoRandom.of('vetlink'), 3));
    expect(DemoRandom.of('vetlink').uint32()).toBe(DemoRandom.of('vetlink').uint32());
  });

  it('spreads next() evenly over [0, 1)', () => {
    const random = DemoRandom.of('uniform');
    const values = Array.from({ length: 100_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array<number>(10).fill(0);
    for (const value of values) buckets[Math.floor(value * 10)]! += 1;
    for (const bucket of buckets) expect(Math.abs(bucket - 10_000)).toBeLessThan(500);
  });

  it('draws integers within both bounds, reaching each', () => {
    const random = DemoRandom.of('int');
    const seen = new Set<number>();
    for (let index = 0; index < 1000; index++) {
      const value = random.int(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('follows the weights of a weighted pick and never picks a zero weight', () => {
    const random = DemoRandom.of('weighted');
    const counts = { a: 0, b: 0, never: 0 };
    for (let index = 0; index < 30_000; index++) {
      counts[
        random.weighted<keyof typeof counts>([
          ['a', 1],
          ['b', 2],
          ['never', 0],
        ])
      ] += 1;
    }
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(1.85);
    expect(counts.b / counts.a).toBeLessThan(2.15);
  });

  it('samples distinct items', () => {
    const random = DemoRandom.of('sample');
    for (let index = 0; index < 100; index++) {
      const taken = random.sample(['a', 'b', 'c', 'd', 'e'], 3);
      expect(new Set(taken).size).toBe(3);
    }
    expect(random.sample(['a'], 3)).toEqual(['a']);
  });

  it('makes ObjectId-shaped deterministic ids', () => {
    expect(deterministicHexId(1, 'job', 0)).toMatch(/^[0-9a-f]{24}$/);
    expect(deterministicHexId(1, 'job', 0)).toBe(deterministicHexId(1, 'job', 0));
    expect(deterministicHexId(1, 'job', 0)).not.toBe(deterministicHexId(1, 'job', 1));
  });
});

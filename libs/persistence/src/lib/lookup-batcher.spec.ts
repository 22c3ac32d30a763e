import { LookupBatcher } from './lookup-batcher';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('LookupBatcher', () => {
  it('answers each caller, gathering the keys asked while a read is on its way into the next read', async () => {
    const reads: string[][] = [];
    const lookups = new LookupBatcher<string, boolean>(async (keys) => {
      reads.push(keys);
      await tick();
      return new Map(keys.filter((key) => key.startsWith('x')).map((key) => [key, true]));
    }, false);
    const answers = await Promise.all(['a', 'x1', 'b', 'x1', 'x2'].map((key) => lookups.get(key)));
    expect(answers).toEqual([false, true, false, true, true]);
    // The first key goes at once; the rest gather behind it (a key asked twice is read once).
    expect(reads).toEqual([['a'], ['x1', 'b', 'x2']]);
  });

  it('rejects the callers of a failed read only, and keeps answering afterwards', async () => {
    let calls = 0;
    const lookups = new LookupBatcher<string, number>(async (keys) => {
      calls += 1;
      if (calls === 1) throw new Error('store unavailable');
      return new Map(keys.map((key) => [key, key.length]));
    }, 0);
    await expect(lookups.get('first')).rejects.toThrow('store unavailable');
    await expect(lookups.get('after')).resolves.toBe(5);
  });

  it('sends at most maxBatch keys per read', async () => {
    const sizes: number[] = [];
    const lookups = new LookupBatcher<number, number>(
      async (keys) => {
        sizes.push(keys.length);
        await tick();
        return new Map(keys.map((key) => [key, key * 2]));
      },
      -1,
      2,
    );
    expect(await Promise.all([1, 2, 3, 4, 5, 6].map((key) => lookups.get(key)))).toEqual([
      2, 4, 6, 8, 10, 12,
    ]);
    expect(sizes).toEqual([1, 2, 2, 1]);
  });
});

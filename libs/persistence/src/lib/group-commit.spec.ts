import { GroupCommit } from './group-commit';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('GroupCommit', () => {
  it('sends the first request at once and gathers the rest behind it, at most maxBatch together', async () => {
    const batches: number[][] = [];
    const doubles = new GroupCommit<number, number>(async (batch) => {
      batches.push(batch.map(({ request }) => request));
      await tick();
      for (const { request, resolve } of batch) resolve(request * 2);
    }, 3);
    expect(await Promise.all([1, 2, 3, 4, 5, 6].map((n) => doubles.submit(n)))).toEqual([2, 4, 6, 8, 10, 12]);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('gives the error of a failed batch to the callers it left unanswered only, then goes on', async () => {
    let calls = 0;
    const answers = new GroupCommit<string, string>(async (batch) => {
      calls += 1;
      await tick();
      if (calls === 2) {
        batch[0].resolve(`${batch[0].request}!`);
        throw new Error('store unavailable');
      }
      for (const { request, resolve } of batch) resolve(request.toUpperCase());
    }, 10);
    const first = answers.submit('a');
    const [second, third] = [answers.submit('b'), answers.submit('c')];
    await expect(first).resolves.toBe('A');
    await expect(second).resolves.toBe('b!');
    await expect(third).rejects.toThrow('store unavailable');
    await expect(answers.submit('d')).resolves.toBe('D');
  });
});

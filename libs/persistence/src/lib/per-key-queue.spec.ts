import { PerKeyQueue } from './per-key-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('PerKeyQueue', () => {
  it('runs work for one key one piece after another, in arrival order', async () => {
    const locks = new PerKeyQueue();
    const trace: string[] = [];
    const write = (name: string) =>
      locks.run('jobs:1', async () => {
        trace.push(`${name} starts`);
        await tick();
        trace.push(`${name} ends`);
        return name;
      });
    await expect(Promise.all([write('a'), write('b'), write('c')])).resolves.toEqual(['a', 'b', 'c']);
    expect(trace).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('lets work for different keys overlap', async () => {
    const locks = new PerKeyQueue();
    let running = 0;
    let most = 0;
    const write = (key: string) =>
      locks.run(key, async () => {
        running += 1;
        most = Math.max(most, running);
        await tick();
        running -= 1;
      });
    await Promise.all([write('jobs:1'), write('jobs:2'), write('applications:1')]);
    expect(most).toBe(3);
  });

  it('goes on after failed work and forgets idle keys', async () => {
    const locks = new PerKeyQueue();
    const failed = locks.run('jobs:1', async () => {
      throw new Error('boom');
    });
    const next = locks.run('jobs:1', async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
    await tick();
    expect(locks.busyKeys).toBe(0);
  });
});

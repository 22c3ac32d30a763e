import { CachedReading } from './cached-reading';

describe('CachedReading', () => {
  it('reuses a reading within its time to live, then takes a new one', async () => {
    let now = 0;
    let taken = 0;
    const reading = new CachedReading(async () => ++taken, { ttlMs: 1000, timeoutMs: 100, now: () => now });
    expect(await reading.read()).toBe(1);
    now = 999;
    expect(await reading.read()).toBe(1);
    now = 1000;
    expect(await reading.read()).toBe(2);
  });

  it('answers with the last reading when a new one is slow, and keeps the late one for later', async () => {
    let now = 0;
    let release: (value: number) => void = () => undefined;
    const values = [Promise.resolve(1), new Promise<number>((resolve) => (release = resolve))];
    const reading = new CachedReading(() => values.shift() as Promise<number>, {
      ttlMs: 10,
      timeoutMs: 20,
      now: () => now,
    });
    expect(await reading.read()).toBe(1);
    now = 50;
    const started = Date.now();
    expect(await reading.read()).toBe(1);
    expect(Date.now() - started).toBeLessThan(500);
    release(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await reading.read()).toBe(2);
  });

  it('keeps the last reading when a new one fails, and has none before the first', async () => {
    let now = 0;
    let fail = true;
    const reading = new CachedReading(
      async () => {
        if (fail) throw new Error('engine down');
        return 7;
      },
      { ttlMs: 10, timeoutMs: 50, now: () => now },
    );
    expect(await reading.read()).toBeUndefined();
    fail = false;
    expect(await reading.read()).toBe(7);
    fail = true;
    now = 100;
    expect(await reading.read()).toBe(7);
  });

  it('asks the engine once for scrapes that come together', async () => {
    let taken = 0;
    const reading = new CachedReading(
      async () => {
        taken += 1;
        return taken;
      },
      { ttlMs: 1000, timeoutMs: 100 },
    );
    await Promise.all([reading.read(), reading.read(), reading.read()]);
    expect(taken).toBe(1);
  });
});

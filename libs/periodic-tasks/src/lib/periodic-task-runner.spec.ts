import { PeriodicTaskRunner, PeriodicTaskSettings } from './periodic-task-runner';
import { nodeTimer } from './task-timer';

const INTERVAL = 1000;

/** A run that finishes only when the test says so. */
function deferred() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

describe('PeriodicTaskRunner', () => {
  const log = { warn: jest.fn() };
  let runner: PeriodicTaskRunner;

  function startRunner(run: () => Promise<unknown>, options: Partial<PeriodicTaskSettings> = {}) {
    runner = new PeriodicTaskRunner({ name: 'sweep', intervalMs: INTERVAL, run, log, ...options });
    runner.start();
  }

  beforeEach(() => {
    jest.useFakeTimers();
    log.warn.mockReset();
  });
  afterEach(async () => {
    await runner.stop();
    jest.useRealTimers();
  });

  it('runs first after one interval, then every interval', async () => {
    const run = jest.fn().mockResolvedValue(undefined);
    startRunner(run);
    await jest.advanceTimersByTimeAsync(INTERVAL - 1);
    expect(run).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(2 * INTERVAL);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('runs at once when asked to run at start', async () => {
    const run = jest.fn().mockResolvedValue(undefined);
    startRunner(run, { runAtStart: true });
    await jest.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(INTERVAL);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never runs twice at once: a slow run delays the next by a whole interval from its end', async () => {
    const slow = deferred();
    const run = jest.fn().mockReturnValueOnce(slow.done).mockResolvedValue(undefined);
    startRunner(run, { runAtStart: true });
    await jest.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(run).toHaveBeenCalledTimes(1);
    slow.finish();
    await jest.advanceTimersByTimeAsync(INTERVAL - 1);
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('logs a failed run and runs again at the next interval', async () => {
    const failure = new Error('database away');
    const run = jest.fn().mockRejectedValueOnce(failure).mockResolvedValue(undefined);
    startRunner(run, { runAtStart: true });
    await jest.advanceTimersByTimeAsync(0);
    expect(log.warn).toHaveBeenCalledWith(
      { err: failure, task: 'sweep' },
      expect.stringContaining('next interval'),
    );
    await jest.advanceTimersByTimeAsync(INTERVAL);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('stops by waiting for the run in progress, and runs no more', async () => {
    const inProgress = deferred();
    const run = jest.fn().mockReturnValueOnce(inProgress.done).mockResolvedValue(undefined);
    startRunner(run, { runAtStart: true });
    await jest.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    inProgress.finish();
    await stopping;
    await jest.advanceTimersByTimeAsync(10 * INTERVAL);
    expect(run).toHaveBeenCalledTimes(1);
  });

  describe('with slots shared by the replicas', () => {
    /** Slots claimed in memory, as the database does for every replica: the first claim of a slot wins. */
    class SharedSlots {
      readonly claimed = new Map<string, string>();
      claim(replica: string) {
        return {
          claim: async (task: string, slot: Date) => {
            const key = `${task}@${slot.getTime()}`;
            if (this.claimed.has(key)) return false;
            this.claimed.set(key, replica);
            return true;
          },
        };
      }
    }
    const replicas: PeriodicTaskRunner[] = [];
    const startReplica = (
      name: string,
      slots: SharedSlots,
      run: () => Promise<unknown>,
      runAtStart = true,
    ) => {
      const replica = new PeriodicTaskRunner({
        name: 'sweep',
        intervalMs: INTERVAL,
        runAtStart,
        run,
        log,
        slots: slots.claim(name),
      });
      replicas.push(replica);
      replica.start();
    };
    afterEach(async () => {
      const stopping = Promise.all(replicas.splice(0).map((replica) => replica.stop()));
      await jest.advanceTimersByTimeAsync(INTERVAL);
      await stopping;
    });

    it('runs each slot on one replica only, however many start', async () => {
      jest.setSystemTime(10 * INTERVAL + 300);
      const slots = new SharedSlots();
      const runs = { a: 0, b: 0, c: 0 };
      for (const name of ['a', 'b', 'c'] as const) {
        startReplica(name, slots, async () => void (runs[name] += 1));
      }
      startRunner(jest.fn().mockResolvedValue(undefined));
      await jest.advanceTimersByTimeAsync(5 * INTERVAL);
      expect(runs.a + runs.b + runs.c).toBe(6);
      expect([...slots.claimed.keys()]).toEqual(
        [10, 11, 12, 13, 14, 15].map((slot) => `sweep@${slot * INTERVAL}`),
      );
    });

    it('aligns runs to the slots, so a replica never starts while another runs the slot before', async () => {
      // (A run at start is at once, mid-slot: it may overlap a run of the next slot if it outlasts its own.)
      jest.setSystemTime(20 * INTERVAL + 900);
      const slots = new SharedSlots();
      const running = new Set<string>();
      const overlaps: string[] = [];
      const runFor = (name: string) => async () => {
        if (running.size > 0) overlaps.push(name);
        running.add(name);
        await new Promise((resolve) => setTimeout(resolve, INTERVAL * 0.6));
        running.delete(name);
      };
      startReplica('a', slots, runFor('a'), false);
      await jest.advanceTimersByTimeAsync(INTERVAL * 0.3);
      startReplica('b', slots, runFor('b'), false);
      startRunner(jest.fn().mockResolvedValue(undefined));
      await jest.advanceTimersByTimeAsync(6 * INTERVAL);
      expect(overlaps).toEqual([]);
      expect(slots.claimed.size).toBe(7);
    });

    it('skips a slot another replica claimed, and a failed claim is logged like a failed run', async () => {
      const failure = new Error('database away');
      const run = jest.fn().mockResolvedValue(undefined);
      const claim = jest
        .fn()
        .mockResolvedValueOnce(false)
        .mockRejectedValueOnce(failure)
        .mockResolvedValue(true);
      startRunner(run, { runAtStart: true, slots: { claim } });
      await jest.advanceTimersByTimeAsync(2 * INTERVAL);
      expect(run).toHaveBeenCalledTimes(1);
      expect(log.warn).toHaveBeenCalledWith({ err: failure, task: 'sweep' }, expect.any(String));
    });
  });

  it('refuses an interval that is not a positive number', () => {
    runner = new PeriodicTaskRunner({ name: 'ok', intervalMs: 1, run: jest.fn(), log });
    expect(() => new PeriodicTaskRunner({ name: 'sweep', intervalMs: 0, run: jest.fn(), log })).toThrow(
      'periodic task sweep',
    );
  });
});

describe('nodeTimer', () => {
  it('does not keep the process alive while it waits', () => {
    const setTimeoutSpy = jest.spyOn(global, 'setTimeout');
    const call = nodeTimer.schedule(() => undefined, 60_000);
    const handle = setTimeoutSpy.mock.results[0].value as NodeJS.Timeout;
    expect(handle.hasRef()).toBe(false);
    call.cancel();
    setTimeoutSpy.mockRestore();
  });
});

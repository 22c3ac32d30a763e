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

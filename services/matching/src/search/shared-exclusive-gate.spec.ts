import { SharedExclusiveGate } from './shared-exclusive-gate';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedExclusiveGate', () => {
  it('runs shared work side by side', async () => {
    const gate = new SharedExclusiveGate();
    const first = deferred();
    const log: string[] = [];
    const a = gate.shared(async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
    });
    const b = gate.shared(async () => {
      log.push('b runs');
    });
    await b;
    expect(log).toEqual(['a starts', 'b runs']);
    first.resolve();
    await a;
  });

  it('starts exclusive work only when the shared work in flight is done, and holds new shared work back until it ends', async () => {
    const gate = new SharedExclusiveGate();
    const inFlight = deferred();
    const exclusiveDone = deferred();
    const log: string[] = [];
    const running = gate.shared(async () => {
      await inFlight.promise;
      log.push('shared in flight ends');
    });
    const alone = gate.exclusive(async () => {
      log.push('exclusive starts');
      await exclusiveDone.promise;
      log.push('exclusive ends');
      return 'captured';
    });
    const later = gate.shared(async () => {
      log.push('later shared runs');
    });
    await tick();
    expect(log).toEqual([]);
    inFlight.resolve();
    await running;
    await tick();
    expect(log).toEqual(['shared in flight ends', 'exclusive starts']);
    exclusiveDone.resolve();
    await expect(alone).resolves.toBe('captured');
    await later;
    expect(log).toEqual(['shared in flight ends', 'exclusive starts', 'exclusive ends', 'later shared runs']);
  });

  it('runs exclusive pieces one at a time, and reopens after one that fails', async () => {
    const gate = new SharedExclusiveGate();
    const log: string[] = [];
    const failing = gate.exclusive(async () => {
      log.push('first');
      throw new Error('capture failed');
    });
    const second = gate.exclusive(async () => {
      log.push('second');
    });
    await expect(failing).rejects.toThrow('capture failed');
    await second;
    await gate.shared(async () => log.push('shared after'));
    expect(log).toEqual(['first', 'second', 'shared after']);
  });
});

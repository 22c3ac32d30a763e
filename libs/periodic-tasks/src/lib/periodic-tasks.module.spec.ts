import { Inject, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { PeriodicTask, PeriodicTaskHandler } from './periodic-task.decorator';
import { PeriodicTasksModule } from './periodic-tasks.module';

const SWEEP_SETTINGS = Symbol('SWEEP_SETTINGS');

/** A run that finishes only when the test says so. */
function deferred() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

@PeriodicTask({ name: 'sweep' })
@Injectable()
class Sweep implements PeriodicTaskHandler {
  readonly runAtStart = true;
  readonly intervalMs: number;
  readonly runs: ReturnType<typeof deferred>[] = [];

  constructor(@Inject(SWEEP_SETTINGS) settings: { intervalMs: number }) {
    this.intervalMs = settings.intervalMs;
  }

  run(): Promise<void> {
    const run = deferred();
    this.runs.push(run);
    return run.done;
  }
}

@Module({
  imports: [PeriodicTasksModule],
  providers: [{ provide: SWEEP_SETTINGS, useValue: { intervalMs: 60_000 } }, Sweep],
})
class SweepModule {}

@PeriodicTask({ name: 'sweep' })
@Injectable()
class AnotherSweep implements PeriodicTaskHandler {
  readonly intervalMs = 60_000;
  run(): Promise<void> {
    return Promise.resolve();
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('PeriodicTasksModule', () => {
  it('runs a task of any module from bootstrap and waits for its run at shutdown', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PeriodicTasksModule, SweepModule],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const sweep = app.get(Sweep);
    await until(() => sweep.runs.length === 1);

    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(false);
    sweep.runs[0].finish();
    await closing;
    expect(sweep.runs).toHaveLength(1);
  });

  it('refuses to start with two tasks of the same name', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [SweepModule],
      providers: [AnotherSweep],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await expect(app.init()).rejects.toThrow('two periodic tasks are named sweep');
    await app.close();
  });
});

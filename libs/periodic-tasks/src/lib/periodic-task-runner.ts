import { RunSlotClaims, slotStart, untilNextSlot } from './run-slots';
import { nodeTimer, ScheduledCall, TaskTimer } from './task-timer';

/** Where a failed run is reported: a Nest Logger and a pino logger both fit. */
export interface TaskFailureLog {
  warn(details: object, message: string): void;
}

export interface PeriodicTaskSettings {
  /** Names the task in the log. */
  name: string;
  /** The pause between the end of one run and the start of the next. */
  intervalMs: number;
  /** Run once straight away (work that piled up while the service was down), not only after an interval. */
  runAtStart?: boolean;
  run: () => Promise<unknown>;
  log: TaskFailureLog;
  timer?: TaskTimer;
  /**
   * Shared by every replica of the service: runs are then aligned to slots of one interval and each slot
   * runs on the one replica that claims it, so N replicas sweep as often as one and never at once.
   */
  slots?: RunSlotClaims;
  /** The wall clock the slots are counted on (a fake one in a test). */
  now?: () => number;
}

/**
 * Runs a piece of housekeeping every interval, never two runs at once: the next run is timed from the
 * end of the last, so a slow run delays it instead of overlapping it. A failed run is logged and the
 * task simply runs again at the next interval. Stopping waits for a run in progress, so that a
 * shutdown never cuts a database write in half. Started once, stopped once. With shared `slots`, a task
 * of a service with several replicas runs once per interval across all of them.
 */
export class PeriodicTaskRunner {
  private state: 'idle' | 'started' | 'stopped' = 'idle';
  private next?: ScheduledCall;
  private running?: Promise<void>;
  private readonly timer: TaskTimer;
  private readonly now: () => number;

  constructor(private readonly settings: PeriodicTaskSettings) {
    if (!(settings.intervalMs > 0)) {
      throw new Error(
        `periodic task ${settings.name}: the interval must be a positive number of ms, not ${settings.intervalMs}`,
      );
    }
    this.timer = settings.timer ?? nodeTimer;
    this.now = settings.now ?? Date.now;
  }

  start(): void {
    if (this.state !== 'idle') return;
    this.state = 'started';
    this.schedule(this.settings.runAtStart ? 0 : this.pause());
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    this.next?.cancel();
    this.next = undefined;
    await this.running;
  }

  private schedule(delayMs: number): void {
    this.next = this.timer.schedule(() => {
      this.next = undefined;
      this.running = this.runOnce().finally(() => {
        this.running = undefined;
        if (this.state === 'started') this.schedule(this.pause());
      });
    }, delayMs);
  }

  /** Until the next run: an interval from the end of the last, or with shared slots, the next slot. */
  private pause(): number {
    const { slots, intervalMs } = this.settings;
    return slots ? untilNextSlot(this.now(), intervalMs) : intervalMs;
  }

  private async runOnce(): Promise<void> {
    try {
      if (!(await this.claimed())) return;
      await this.settings.run();
    } catch (error) {
      this.settings.log.warn(
        { err: error, task: this.settings.name },
        'periodic task failed; it runs again at the next interval',
      );
    }
  }

  private claimed(): Promise<boolean> {
    const { slots, name, intervalMs } = this.settings;
    if (!slots) return Promise.resolve(true);
    return slots.claim(name, slotStart(this.now(), intervalMs), intervalMs);
  }
}

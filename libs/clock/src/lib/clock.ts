/**
 * Where a service reads the time. Domain rules that depend on "now" (quiet hours, daily caps, which
 * week it is) ask this, never `new Date()`, so that a test can put the service at a chosen moment.
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock set to a chosen instant that then runs on with real time (so BullMQ's real-time delays and
 * this clock agree about how long a wait is).
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;

  setTo(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

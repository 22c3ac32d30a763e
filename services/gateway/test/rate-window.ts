import { AdjustableClock } from '@vetlink/clock';

/**
 * Puts the clock one second into the next one-minute rate window, to run on from there: a test's requests
 * all fall in one window, however close to a minute's end the test happens to start.
 */
export function moveToNextWindow(clock: AdjustableClock): void {
  clock.setTo(new Date((Math.floor(clock.now().getTime() / 60_000) + 1) * 60_000 + 1000));
}

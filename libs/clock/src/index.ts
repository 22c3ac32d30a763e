export { AdjustableClock, CLOCK, systemClock } from './lib/clock';
export type { Clock } from './lib/clock';
export { ClockModule } from './lib/clock.module';
export {
  formatShanghai,
  isoWeekday,
  isoWeekOf,
  nextShanghaiClockTime,
  parseClockTime,
  shanghaiDay,
  shanghaiMinuteOfDay,
} from './lib/shanghai-time';

import { HOUR_MS } from './time';
import { Session, SessionActor } from './session';

export type ChangeRefusal = 'not-booked' | 'started' | 'past-cut-off' | 'reason-required';

/**
 * Whether an actor may cancel or reschedule a booked session now. Veterans only until `cutOffHours`
 * before the start (the mentor has prepared by then); mentors at any time before it ends, with a
 * reason when cancelling; officers at any time.
 */
export function refuseChange(
  session: Pick<Session, 'status' | 'start' | 'end'>,
  actor: SessionActor,
  now: Date,
  rules: { cutOffHours: number; change: 'cancel' | 'reschedule'; reason?: string },
): ChangeRefusal | undefined {
  if (session.status !== 'booked') return 'not-booked';
  if (actor === 'officer') return undefined;
  if (session.end.getTime() <= now.getTime()) return 'started';
  if (actor === 'veteran') {
    if (session.start.getTime() - now.getTime() < rules.cutOffHours * HOUR_MS) return 'past-cut-off';
    return undefined;
  }
  if (rules.change === 'cancel' && !rules.reason?.trim()) return 'reason-required';
  return undefined;
}

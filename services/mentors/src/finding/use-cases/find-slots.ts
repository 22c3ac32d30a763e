import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidInputError, NotFoundError } from '@vetlink/http';
import { AvailabilityRepository } from '../../availability/availability.repository';
import { Availability } from '../../availability/domain/availability';
import { withWeeklyCapacity } from '../../availability/domain/bookable-rules';
import { DAY_MS, shanghaiDate } from '../../availability/domain/shanghai';
import { BusyTime, generateSlots, Slot } from '../../availability/domain/slots';
import { Mentor } from '../../mentors/domain/mentor';
import { MentorAccess } from '../../mentors/use-cases/mentor-access';
import { Session } from '../../sessions/domain/session';
import { SessionsRepository } from '../../sessions/sessions.repository';

export interface SlotRange {
  from: Date;
  to: Date;
  minutes?: number;
}

/** At most this many days per query: two months of slots in one answer. */
export const MAX_RANGE_DAYS = 62;

/**
 * The free slots of a mentor in a range: availability, public calendar, buffers, notice, horizon and
 * caps, minus the sessions booked. (A claim a crash left behind may still refuse a listed slot until
 * the sweep removes it.)
 */
@Injectable()
export class FindSlots {
  constructor(
    private readonly access: MentorAccess,
    private readonly availability: AvailabilityRepository,
    private readonly sessions: SessionsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async of(
    viewer: Principal,
    mentorId: string,
    range: SlotRange,
  ): Promise<{ minutes: number; slots: Slot[] }> {
    assertRange(range);
    const mentor = await this.access.visible(viewer, mentorId);
    const availability = await this.availability.find(mentorId);
    if (!availability) throw new NotFoundError(`mentor ${mentorId} has not published availability yet`);
    const busy = await this.sessions.busyOf([mentorId], ...capWindow(range));
    return this.slotsFor(mentor, availability, busy, range);
  }

  /** Slots of one mentor from rules and sessions already read (search reads them for many mentors at once). */
  slotsFor(
    mentor: Mentor,
    availability: Availability,
    sessions: readonly Session[],
    range: SlotRange,
  ): { minutes: number; slots: Slot[] } {
    const rules = withWeeklyCapacity(availability, mentor.weeklyCapacity);
    const minutes = range.minutes ?? rules.sessionMinutes[0];
    const busy: BusyTime[] = sessions
      .filter((session) => session.mentorId === mentor.id)
      .map((session) => ({
        blockedFrom: session.blockedFrom,
        blockedUntil: session.blockedUntil,
        day: shanghaiDate(session.start),
      }));
    return { minutes, slots: generateSlots(rules, { ...range, minutes }, this.clock.now(), busy) };
  }
}

/** The daily and weekly caps count sessions of whole weeks: read a week either side of the range. */
export function capWindow(range: SlotRange): [Date, Date] {
  return [new Date(range.from.getTime() - 8 * DAY_MS), new Date(range.to.getTime() + 8 * DAY_MS)];
}

export function assertRange(
  range: SlotRange,
  maxDays = MAX_RANGE_DAYS,
  fields: { from: string; to: string } = { from: 'from', to: 'to' },
): void {
  if (range.to.getTime() <= range.from.getTime())
    throw new InvalidInputError([{ field: fields.to, message: `must be after ${fields.from}` }]);
  if (range.to.getTime() - range.from.getTime() > maxDays * DAY_MS)
    throw new InvalidInputError([
      { field: fields.to, message: `at most ${maxDays} days after ${fields.from}` },
    ]);
}

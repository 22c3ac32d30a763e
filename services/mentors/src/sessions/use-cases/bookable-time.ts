import { Injectable } from '@nestjs/common';
import { InvalidInputError, InvalidStateError, NotFoundError } from '@vetlink/http';
import { AvailabilityRepository } from '../../availability/availability.repository';
import { Availability } from '../../availability/domain/availability';
import { SLOT_REFUSALS, withWeeklyCapacity } from '../../availability/domain/bookable-rules';
import { refuseSlot } from '../../availability/domain/slots';
import { isBookable, Mentor } from '../../mentors/domain/mentor';
import { MentorsRepository } from '../../mentors/mentors.repository';

/** The mentor and their rules, when the mentor takes bookings; otherwise the 404 or 409 that says why. */
@Injectable()
export class BookableTime {
  constructor(
    private readonly mentors: MentorsRepository,
    private readonly availability: AvailabilityRepository,
  ) {}

  async mentorAndRules(mentorId: string): Promise<{ mentor: Mentor; rules: Availability }> {
    const mentor = await this.mentors.findById(mentorId);
    if (!mentor) throw new NotFoundError(`mentor ${mentorId} not found`);
    if (!isBookable(mentor))
      throw new InvalidStateError(`the mentor is ${mentor.status}: only verified mentors take bookings`);
    const availability = await this.availability.find(mentorId);
    if (!availability) throw new InvalidStateError('the mentor has not published availability yet');
    return { mentor, rules: withWeeklyCapacity(availability, mentor.weeklyCapacity) };
  }

  /** Refuses a start and length the rules do not offer, naming the field and the reason. */
  assertOffered(rules: Availability, start: Date, minutes: number, now: Date): void {
    const refusal = refuseSlot(rules, start, minutes, now);
    if (!refusal) return;
    const field = refusal === 'unsupported-length' ? 'minutes' : 'start';
    throw new InvalidInputError([{ field, message: `${SLOT_REFUSALS[refusal]} (${refusal})` }]);
  }
}

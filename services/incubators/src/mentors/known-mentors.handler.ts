import { Controller } from '@nestjs/common';
import { EventEnvelope, mentorVerified, MentorVerifiedPayload } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { KnownMentorsRepository } from './known-mentors.repository';

/** Verified mentors, from the mentors service's events (never a read of its database). */
@Controller()
export class KnownMentorsHandler {
  constructor(private readonly mentors: KnownMentorsRepository) {}

  @HandleEvent(mentorVerified)
  async mentorVerified(event: EventEnvelope<MentorVerifiedPayload>): Promise<void> {
    await this.mentors.verified(event.payload.mentorId, new Date(event.payload.verifiedAt));
  }
}

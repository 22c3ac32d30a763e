import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { mentorVerified } from '@vetlink/contracts';
import { ConflictError, NotFoundError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { MentorsSettings, SETTINGS } from '../../settings.module';
import { Mentor, MentorAction, nextStatus } from '../domain/mentor';
import { MentorsRepository } from '../mentors.repository';

/**
 * A bureau officer verifies, rejects, suspends or reactivates a mentor. Verification happens once in a
 * mentor's life and is decided by a unique insert (so that two officers clicking at once send one
 * `mentors.mentor-verified`); the other steps carry no event and a repeat of them is harmless.
 */
@Injectable()
export class ChangeMentorStatus {
  constructor(
    private readonly mentors: MentorsRepository,
    @Inject(SETTINGS) private readonly settings: MentorsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    officer: Principal,
    mentorId: string,
    action: MentorAction,
    reason?: string,
  ): Promise<Mentor> {
    const mentor = await this.mentors.findById(mentorId);
    if (!mentor) throw new NotFoundError(`mentor ${mentorId} not found`);
    const status = nextStatus(mentor.status, action);
    const now = this.clock.now();
    if (action === 'verify' && !(await this.mentors.recordVerification(mentorId, officer.userId, now))) {
      // Another officer's verification is under way, or one crashed before its write: the latter is retried.
      const earlier = await this.mentors.findVerification(mentorId);
      if (!earlier || earlier.verifiedAt.getTime() > now.getTime() - this.settings.claimGraceMs)
        throw new ConflictError('the mentor is being verified by another officer');
    }
    const changes: Partial<Mentor> = { status, updatedAt: now, statusReason: reason ?? '' };
    if (action === 'verify') Object.assign(changes, { verifiedAt: now, verifiedBy: officer.userId });
    const events =
      action === 'verify'
        ? [
            pendingEvent(
              mentorVerified,
              {
                mentorId,
                displayName: mentor.displayName,
                expertise: mentor.expertise,
                cityId: mentor.cityId,
                verifiedBy: officer.userId,
                verifiedAt: now.toISOString(),
              },
              eventOrigin(SERVICE_NAME, now),
            ),
          ]
        : [];
    const updated = await this.mentors.update(mentor, changes, events);
    if (!updated) throw new ConflictError('the mentor changed meanwhile; read it again');
    return updated;
  }
}

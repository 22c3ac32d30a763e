import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError, InvalidInputError } from '@vetlink/http';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Mentor, missingPlace } from '../domain/mentor';
import { MentorProfileCommand } from '../mentor.dto';
import { MentorsRepository } from '../mentors.repository';

/** Someone with a mentor account applies; an officer verifies them before veterans can find or book them. */
@Injectable()
export class ApplyAsMentor {
  constructor(
    private readonly mentors: MentorsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(applicant: Principal, command: MentorProfileCommand): Promise<Mentor> {
    const issues = missingPlace(command);
    if (issues.length > 0) throw new InvalidInputError(issues);
    const now = this.clock.now();
    const mentor: Mentor = {
      ...command,
      id: applicant.userId,
      status: 'applied',
      ratingCount: 0,
      appliedAt: now,
      updatedAt: now,
    };
    try {
      await this.mentors.insert(mentor);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new ConflictError('you have already applied as a mentor');
      throw error;
    }
    return mentor;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError, InvalidInputError } from '@vetlink/http';
import { Mentor, missingPlace } from '../domain/mentor';
import { UpdateMentorCommand } from '../mentor.dto';
import { MentorsRepository } from '../mentors.repository';
import { MentorAccess } from './mentor-access';

/** The mentor (or an officer) changes the profile; the status stays what verification made it. */
@Injectable()
export class UpdateMentorProfile {
  constructor(
    private readonly mentors: MentorsRepository,
    private readonly access: MentorAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Principal, mentorId: string, changes: UpdateMentorCommand): Promise<Mentor> {
    const mentor = await this.access.managed(actor, mentorId);
    const issues = missingPlace({ ...mentor, ...changes });
    if (issues.length > 0) throw new InvalidInputError(issues);
    const updated = await this.mentors.update(mentor, { ...changes, updatedAt: this.clock.now() });
    if (!updated) throw new ConflictError('the mentor changed meanwhile; read it again');
    return updated;
  }
}

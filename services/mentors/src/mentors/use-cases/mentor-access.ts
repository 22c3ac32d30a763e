import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { ForbiddenError, NotFoundError } from '@vetlink/http';
import { isBookable, Mentor } from '../domain/mentor';
import { MentorsRepository } from '../mentors.repository';

/** Who sees which mentor: verified ones everybody; others only themselves and officers (404 to the rest). */
@Injectable()
export class MentorAccess {
  constructor(private readonly mentors: MentorsRepository) {}

  async visible(viewer: Principal, mentorId: string): Promise<Mentor> {
    const mentor = await this.mentors.findById(mentorId);
    if (!mentor || (!isBookable(mentor) && !isInsider(viewer, mentor.id)))
      throw new NotFoundError(`mentor ${mentorId} not found`);
    return mentor;
  }

  /** The mentor, for the mentor themself or an officer. */
  async managed(actor: Principal, mentorId: string): Promise<Mentor> {
    if (!isInsider(actor, mentorId)) throw new ForbiddenError('only the mentor and officers may do this');
    const mentor = await this.mentors.findById(mentorId);
    if (!mentor) throw new NotFoundError(`mentor ${mentorId} not found`);
    return mentor;
  }
}

export function isInsider(viewer: Principal, mentorId: string): boolean {
  return viewer.role === 'officer' || (viewer.role === 'mentor' && viewer.userId === mentorId);
}

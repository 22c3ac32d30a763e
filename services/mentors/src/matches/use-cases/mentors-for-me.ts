import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { NotFoundError } from '@vetlink/http';
import { MentorsRepository } from '../../mentors/mentors.repository';
import { MentorMatch, rankMentors } from '../domain/rank-mentors';
import { VeteranInterestsRepository } from '../veteran-interests.repository';

/** The pool a ranking reads: a bureau's mentors number in the hundreds. */
const POOL = 1000;

/** Verified mentors ranked for the calling veteran, from what their profile events said, with reasons. */
@Injectable()
export class MentorsForMe {
  constructor(
    private readonly interests: VeteranInterestsRepository,
    private readonly mentors: MentorsRepository,
  ) {}

  async execute(veteran: Principal, limit: number): Promise<MentorMatch[]> {
    const interest = await this.interests.find(veteran.userId);
    if (!interest)
      throw new NotFoundError('no profile of yours has reached this service yet: create one, then ask again');
    const pool = await this.mentors.find({ status: 'verified' }, POOL);
    return rankMentors(interest, pool, limit);
  }
}

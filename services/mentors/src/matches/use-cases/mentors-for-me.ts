import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { NotFoundError } from '@vetlink/http';
import { isBookable, Mentor } from '../../mentors/domain/mentor';
import { MAX_MENTOR_CANDIDATES, MentorSearchIndex } from '../../mentors/mentor-search-index';
import { MentorsRepository } from '../../mentors/mentors.repository';
import { helpfulExpertise, MentorMatch, rankMentors } from '../domain/rank-mentors';
import { VeteranInterestsRepository } from '../veteran-interests.repository';

/**
 * Verified mentors ranked for the calling veteran, from what their profile events said, with reasons.
 * The candidates come from the search port: verified mentors with an expertise that can score for this
 * veteran (no other mentor would be suggested), best rated first; the domain score ranks them, and only
 * the mentors shown are read from the database, by `_id`.
 */
@Injectable()
export class MentorsForMe {
  constructor(
    private readonly interests: VeteranInterestsRepository,
    private readonly searchIndex: MentorSearchIndex,
    private readonly mentors: MentorsRepository,
  ) {}

  async execute(veteran: Principal, limit: number): Promise<MentorMatch[]> {
    const interest = await this.interests.find(veteran.userId);
    if (!interest)
      throw new NotFoundError('no profile of yours has reached this service yet: create one, then ask again');
    const candidates = await this.searchIndex.candidates(helpfulExpertise(interest), MAX_MENTOR_CANDIDATES);
    const matches: MentorMatch[] = [];
    for (const match of rankMentors(interest, candidates, candidates.length)) {
      // The database decides: a mentor suspended since the index was written is left out.
      const mentor: Mentor | undefined = await this.mentors.findById(match.mentor.id);
      if (mentor && isBookable(mentor)) matches.push({ ...match, mentor });
      if (matches.length === limit) break;
    }
    return matches;
  }
}

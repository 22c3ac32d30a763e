import { TOPICS } from '@vetlink/contracts';

/**
 * The topics trainings consumes: profiles (skill gaps' veterans, erasure) and job postings (skill gaps'
 * open jobs). A test's consumer group starts at their ends, so only the test's own events reach it.
 */
export const CONSUMED_TOPICS = [TOPICS.veteranProfiles, TOPICS.jobPostings];

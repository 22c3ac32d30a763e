import { INCUBATOR_TOPICS, LOAN_TOPICS, MENTOR_TOPICS, TOPICS, TRAINING_TOPICS } from '@vetlink/contracts';

/** The topics the figures are counted from. */
export const FIGURE_TOPICS = [
  TOPICS.jobPostings,
  TOPICS.jobApplications,
  TOPICS.jobMatches,
  TOPICS.employers,
  TOPICS.notifications,
  INCUBATOR_TOPICS.startups,
  LOAN_TOPICS.loans,
  MENTOR_TOPICS.mentors,
  MENTOR_TOPICS.sessions,
  TRAINING_TOPICS.runs,
  TRAINING_TOPICS.enrolments,
];

/**
 * Every topic the service's consumer group reads (the privacy module reads veterans' profiles too): a
 * replay positions the group on each, or a topic left without an offset would be read from wherever
 * the consumer's default puts it.
 */
export const CONSUMED_TOPICS = [...FIGURE_TOPICS, TOPICS.veteranProfiles];

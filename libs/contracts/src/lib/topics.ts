/**
 * Topic names are forever: consumers in other services subscribe by these strings.
 * One topic per aggregate stream, so that all events of one aggregate share a partition (keyed by
 * the aggregate id) and stay in order. Do not rename; add a new topic instead.
 */
export const TOPICS = {
  jobPostings: 'jobs.job-postings',
  jobApplications: 'jobs.applications',
  employers: 'jobs.employers',
  veteranProfiles: 'profiles.veteran-profiles',
  jobMatches: 'matching.job-matches',
  weeklyDigests: 'recommendations.weekly-digests',
  notifications: 'notifications.deliveries',
  /** Events used only by the backbone's own tests and benchmark. */
  backboneProbe: 'backbone.probe',
} as const;

/** A topic of TOPICS, or a test's private one. */
export type TopicName = string;

/** Where a message goes when it cannot be processed: next to its topic, with the error in headers. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

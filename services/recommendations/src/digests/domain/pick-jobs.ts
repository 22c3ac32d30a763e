import {
  compareAssessments,
  type MatchAssessment,
  type MatchPolicy,
  scoreMatch,
  type VeteranForMatching,
} from '@vetlink/matching-score';
import type { CandidateIndex } from './candidate-index';
import type { DigestJob, DigestWindow } from './digest-job';

export interface DigestPolicy {
  /** Jobs in one digest (the best first). */
  size: number;
  /** A job scoring below this (0-100) is not featured. */
  minimumScore: number;
  /** How many candidates per veteran the full score ranks. */
  candidateLimit: number;
  match: MatchPolicy;
}

export interface PickedJob {
  candidate: DigestJob;
  assessment: MatchAssessment;
}

/**
 * The weekly picks of one veteran: jobs new in the window that they were not already told about in this
 * version (`told`: jobId → fingerprint last told), that pass every hard requirement and reach the
 * minimum score, best first by the matching score. Empty when nothing new fits: no empty digest.
 */
export function pickDigestJobs(
  veteran: VeteranForMatching,
  index: CandidateIndex,
  told: ReadonlyMap<string, string>,
  window: DigestWindow,
  policy: DigestPolicy,
): PickedJob[] {
  return index
    .candidatesFor(veteran, window, policy.candidateLimit, policy.match)
    .filter(({ job, fingerprint }) => told.get(job.jobId) !== fingerprint)
    .map((candidate) => ({
      candidate,
      assessment: scoreMatch(candidate.job, veteran, window.until, policy.match),
    }))
    .filter(({ assessment }) => assessment.eligible && assessment.score >= policy.minimumScore)
    .sort((a, b) => compareAssessments(ranked(a), ranked(b)))
    .slice(0, policy.size);
}

function ranked({ candidate, assessment }: PickedJob) {
  return { assessment, postedAt: candidate.newSince, id: candidate.job.jobId };
}

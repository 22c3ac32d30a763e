import { counted, type Place } from './contribution';
import { joinId, joinIdPart, type JoinedPair, type JoinSide } from './join';

/**
 * A job push opened, counted in the job's place: notifications' `inbox-item-read` names the job but not
 * its city, and `jobs.job-posted` names the city. Both are kept per job (`opened|<job>|job|0`,
 * `opened|<job>|opened|<n>`) and joined in
 * whichever order they arrive; the opening counts once, on the day it was opened, when both are known.
 */

/** Where a job is, as its publication said. */
export interface JobPlaceFact {
  kind: 'job';
  cityId: string;
  districtId: string;
}

/** A push of the job opened for the first time (one per notification). */
export interface PushOpenedFact {
  kind: 'opened';
  notificationId: string;
  readAt: string;
}

export type PushOpeningFact = JobPlaceFact | PushOpenedFact;

export function pushOpenedKey(jobId: string): string {
  return joinId('opened', joinIdPart(jobId));
}

function openedInPlace(jobId: string, opened: PushOpenedFact, place: Place): JoinedPair {
  return {
    claimId: joinId(pushOpenedKey(jobId), 'claim', joinIdPart(opened.notificationId)),
    contribution: counted('job-pushes-opened', opened.readAt, place),
  };
}

/** The job's side: it places every opening of its pushes kept so far. */
export function jobPlaceSide(jobId: string, job: JobPlaceFact): JoinSide<PushOpeningFact> {
  return {
    slot: { key: pushOpenedKey(jobId), kind: 'job', factId: jobId },
    fact: job,
    otherKind: 'opened',
    pairsWith: (facts) =>
      facts
        .filter((fact): fact is PushOpenedFact => fact.kind === 'opened')
        .map((opened) => openedInPlace(jobId, opened, job)),
  };
}

/** The opening's side: counted when the job's place is kept already. */
export function pushOpenedSide(jobId: string, opened: PushOpenedFact): JoinSide<PushOpeningFact> {
  return {
    slot: { key: pushOpenedKey(jobId), kind: 'opened', factId: opened.notificationId },
    fact: opened,
    otherKind: 'job',
    pairsWith: (facts) => {
      const job = facts.find((fact): fact is JobPlaceFact => fact.kind === 'job');
      return job ? [openedInPlace(jobId, opened, job)] : [];
    },
  };
}

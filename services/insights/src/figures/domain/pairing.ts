import {
  completionsBefore,
  hiresAfter,
  type RememberedCompletion,
  type RememberedHire,
} from './hired-after-course';
import { joinId, joinIdPart, type JoinedPair, type JoinSide } from './join';
import { hiredAfterCourseContribution } from './training-contributions';

/**
 * Completion → hire within 90 days as a join of two topics (domain/join.ts): a veteran's completions and
 * hires are kept under the veteran (`<veteran>|completed|<n>`, `<veteran>|hired|<n>`, read by `_id`), and a
 * completion's pair is claimed by `<veteran>|paired|<enrolmentId>`: whoever inserts it first counts the
 * pair, on any instance, in either arrival order. A completion pairs once; a hire with every completion it
 * follows within the window.
 */

export interface CompletedFact extends RememberedCompletion {
  kind: 'completed';
}

export interface HiredFact extends RememberedHire {
  kind: 'hired';
}

export type OutcomeFact = CompletedFact | HiredFact;

function outcomesKey(veteranId: string): string {
  return joinIdPart(veteranId);
}

/** The claim that a completion paired (named as before the slots, so that claims made then still hold). */
export function pairedClaimId(completion: RememberedCompletion): string {
  return joinId(outcomesKey(completion.veteranId), 'paired', joinIdPart(completion.enrolmentId));
}

function paired(completion: RememberedCompletion, hire: RememberedHire): JoinedPair {
  return {
    claimId: pairedClaimId(completion),
    contribution: hiredAfterCourseContribution(completion, hire),
  };
}

/** The completion's side: it tries to claim its earliest hire within the window among those kept. */
export function completionSide(completion: RememberedCompletion): JoinSide<OutcomeFact> {
  return {
    slot: { key: outcomesKey(completion.veteranId), kind: 'completed', factId: completion.enrolmentId },
    fact: { kind: 'completed', ...completion },
    otherKind: 'hired',
    veteranId: completion.veteranId,
    pairsWith: (facts) => {
      const [first] = hiresAfter(
        completion,
        facts.filter((fact): fact is HiredFact => fact.kind === 'hired'),
      );
      return first ? [paired(completion, first)] : [];
    },
  };
}

/** The hire's side: it tries to claim every completion it follows within the window among those kept. */
export function hireSide(hire: RememberedHire): JoinSide<OutcomeFact> {
  return {
    slot: { key: outcomesKey(hire.veteranId), kind: 'hired', factId: hire.applicationId },
    fact: { kind: 'hired', ...hire },
    otherKind: 'completed',
    veteranId: hire.veteranId,
    pairsWith: (facts) =>
      completionsBefore(
        hire,
        facts.filter((fact): fact is CompletedFact => fact.kind === 'completed'),
      ).map((completion) => paired(completion, hire)),
  };
}

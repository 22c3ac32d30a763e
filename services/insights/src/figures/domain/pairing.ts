import type { Contribution } from './contribution';
import {
  completionsBefore,
  hiresAfter,
  type RememberedCompletion,
  type RememberedHire,
} from './hired-after-course';
import { hiredAfterCourseContribution } from './training-contributions';

/**
 * A veteran's completions and hires as insights keeps them (personal data, forgotten on erasure), and the
 * claims that a completion has paired. A claim is a unique insert named by the completion: whoever inserts
 * it first counts the pair, on any instance, in either arrival order.
 */
export interface OutcomeMemory {
  rememberCompletion(completion: RememberedCompletion): Promise<void>;
  rememberHire(hire: RememberedHire): Promise<void>;
  completionsOf(veteranId: string): Promise<RememberedCompletion[]>;
  hiresOf(veteranId: string): Promise<RememberedHire[]>;
  /**
   * Claims that this completion paired with this hire, for the event `eventId`; answers the id of the
   * event that holds the claim — this one when it inserted it now or before (a redelivery), else another.
   */
  claim(completion: RememberedCompletion, hire: RememberedHire, eventId: string): Promise<string>;
}

/**
 * Each side writes itself first, then reads the other: of two instances handling a completion and its hire
 * at once, at least one sees the other, and the claim decides who counts. A redelivered event finds its
 * own claim and counts again; its tally skips the repeat (domain/tally.ts).
 */
export async function pairCompletion(
  memory: OutcomeMemory,
  completion: RememberedCompletion,
  eventId: string,
): Promise<Contribution[]> {
  await memory.rememberCompletion(completion);
  const [first] = hiresAfter(completion, await memory.hiresOf(completion.veteranId));
  if (!first) return [];
  const holder = await memory.claim(completion, first, eventId);
  return holder === eventId ? [hiredAfterCourseContribution(completion, first)] : [];
}

export async function pairHire(
  memory: OutcomeMemory,
  hire: RememberedHire,
  eventId: string,
): Promise<Contribution[]> {
  await memory.rememberHire(hire);
  const contributions: Contribution[] = [];
  for (const completion of completionsBefore(hire, await memory.completionsOf(hire.veteranId))) {
    const holder = await memory.claim(completion, hire, eventId);
    if (holder === eventId) contributions.push(hiredAfterCourseContribution(completion, hire));
  }
  return contributions;
}

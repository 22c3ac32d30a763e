import type { MatchReason, MatchReasonKind } from '@vetlink/contracts';

/**
 * A reason as the score states it, before it is put into words: the structured half of a
 * `matching.job-matched` reason. `renderReason` adds the Chinese and English text.
 */
export type ReasonFacts = Omit<MatchReason, 'text' | 'kind'> & { kind: MatchReasonKind };

import type { MatchReason, MatchReasonKind } from '@vetlink/contracts';

/**
 * A reason as the score states it, before it is put into words: the structured half of a
 * `matching.job-matched` reason. `renderReason` adds the Chinese and English text.
 */
export type ReasonFacts = Omit<MatchReason, 'text' | 'kind'> & {
  /** `text`: the job's own words mention what the veteran did or wants (text relevance). */
  kind: MatchReasonKind | 'text';
  /** For `text`: the job's words that matched (what the veteran's term matched is `via` or `occupationId`). */
  phrase?: string;
};

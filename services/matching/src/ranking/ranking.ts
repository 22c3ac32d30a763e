import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import type { JobSeekingStatus } from '@vetlink/contracts';
import {
  type JobForMatching,
  type VeteranForMatching,
  compareAssessments,
  MatchAssessment,
  meetsHardRequirements,
  scoreMatch,
} from '@vetlink/matching-score';
import { jobsForVeteranFilter, veteransForJobFilter } from '../search/domain/candidate-filters';
import type { JobSearchDocument, VeteranSearchDocument } from '../search/domain/search-documents';
import { MAX_VETERAN_CANDIDATES } from '../search/domain/index-settings';
import { MatchIndexes } from '../search/match-indexes';
import { InjectTunables, MatchingTunables } from '../shared/matching-settings';

/**
 * What ranking reads of each candidate, and all the search engine sends back: on Meilisearch the
 * other fields (names for text search, filter fields) would only lengthen the JSON of thousands of hits.
 */
const CANDIDATE_FIELDS = ['id', 'match'];

export interface RankedJob {
  document: Pick<JobSearchDocument, 'id' | 'match'>;
  assessment: MatchAssessment;
}

export interface RankedVeteran {
  document: Pick<VeteranSearchDocument, 'id' | 'match'>;
  assessment: MatchAssessment;
}

/**
 * Both directions of matching: candidates from the search engine (filters that rule out what cannot
 * fit), then the domain score on each, best first. Vetoed pairs are dropped.
 */
@Injectable()
export class Ranking {
  constructor(
    private readonly indexes: MatchIndexes,
    @InjectTunables() private readonly tunables: MatchingTunables,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Open jobs for a veteran, best first (at most MATCH_CANDIDATE_LIMIT candidates, the newest first);
   * a job past its deadline that job-postings has not closed yet is left out.
   */
  async jobsFor(veteran: VeteranForMatching): Promise<RankedJob[]> {
    // The union of taxonomy evidence and of every job within reach (the newest, up to the limit): the
    // score's text relevance then finds the fitting jobs whose skills the taxonomy did not map.
    const searches = (['with-evidence', 'within-reach'] as const).map((candidates) =>
      this.indexes.jobs.search({
        filter: jobsForVeteranFilter(veteran, candidates),
        sort: [{ field: 'postedAtMs', direction: 'desc' }],
        limit: this.tunables.candidateLimit,
        attributes: CANDIDATE_FIELDS,
      }),
    );
    const hits = new Map<string, { document: RankedJob['document'] }>();
    for (const result of await Promise.all(searches)) {
      for (const hit of result.hits) if (!hits.has(hit.document.id)) hits.set(hit.document.id, hit);
    }
    const now = this.clock.now();
    const ranked: RankedJob[] = [];
    // The hard requirements before the full score, as for a posting's veterans: the score ranks only
    // the jobs the veteran may be shown.
    for (const { document } of hits.values()) {
      if (Date.parse(document.match.deadline) <= now.getTime()) continue;
      if (!meetsHardRequirements(document.match, veteran, this.tunables.policy)) continue;
      ranked.push({ document, assessment: scoreMatch(document.match, veteran, now, this.tunables.policy) });
    }
    return ranked.sort((a, b) => compareAssessments(rankKey(a), rankKey(b)));
  }

  /**
   * Veterans in these job-seeking statuses who fit a job, best first; at most `limit` (≤ 20,000)
   * candidates, in one query. The hard requirements are checked before the full score, which then
   * ranks only the eligible (most candidates of a posting are ruled out by place or pay).
   */
  async veteransFor(
    job: JobForMatching,
    statuses: readonly JobSeekingStatus[],
    limit: number,
  ): Promise<RankedVeteran[]> {
    const { hits } = await this.indexes.veterans.search({
      filter: veteransForJobFilter(job, statuses),
      limit: Math.min(limit, MAX_VETERAN_CANDIDATES),
      attributes: CANDIDATE_FIELDS,
    });
    const now = this.clock.now();
    const ranked: RankedVeteran[] = [];
    for (const { document } of hits) {
      if (!meetsHardRequirements(job, document.match, this.tunables.policy)) continue;
      ranked.push({ document, assessment: scoreMatch(job, document.match, now, this.tunables.policy) });
    }
    return ranked.sort(
      (a, b) => b.assessment.score - a.assessment.score || a.document.id.localeCompare(b.document.id),
    );
  }
}

function rankKey({ document, assessment }: RankedJob) {
  return { assessment, postedAt: document.match.postedAt, id: document.id };
}

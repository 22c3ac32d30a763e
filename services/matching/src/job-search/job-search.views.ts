import { createZodDto } from '@vetlink/http';
import type { SearchResult } from '@vetlink/search';
import { z } from 'zod';
import type { JobSearchDocument } from '../search/domain/search-documents';
import { jobSummaryView, pageFields, toJobSummary } from '../shared/match-views';

export const jobSearchPageView = z
  .object({
    items: z.array(jobSummaryView),
    /** Per facet, how many matching jobs hold each value (over all matches, not just this page). */
    facets: z.record(z.string(), z.record(z.string(), z.number().int())),
    ...pageFields,
  })
  .meta({ description: 'A page of open jobs, with facet counts over all matches' });

export type JobSearchPageView = z.infer<typeof jobSearchPageView>;

export class JobSearchPageDto extends createZodDto(jobSearchPageView) {}

export function toJobSearchPage(
  result: SearchResult<JobSearchDocument>,
  paging: { limit: number; offset: number },
): JobSearchPageView {
  return {
    items: result.hits.map((hit) =>
      toJobSummary(
        hit.document.match,
        hit.geoDistanceMeters === undefined ? null : Math.round(hit.geoDistanceMeters / 100) / 10,
      ),
    ),
    facets: result.facets,
    total: result.totalHits,
    limit: paging.limit,
    offset: paging.offset,
  };
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertOrganisation, CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Ranking } from '../ranking/ranking';
import { ApiErrors } from '@vetlink/http';
import { JobIdParams, PagingQuery } from '../shared/http-params';
import { MatchLookups } from '../search/match-lookups';
import { InjectTunables, MatchingTunables } from '../shared/matching-settings';
import { CandidatePageDto, toCandidate } from './candidate.views';

/** Veterans who look for work, actively or open to offers; employed ones are never offered as candidates. */
const CANDIDATE_STATUSES = ['actively-looking', 'open'] as const;

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('jobs')
export class CandidatesController {
  constructor(
    private readonly lookups: MatchLookups,
    private readonly ranking: Ranking,
    @InjectTunables() private readonly tunables: MatchingTunables,
  ) {}

  @Get(':jobId/candidates')
  @Roles('employer', 'officer')
  @ApiOperation({
    summary: "Veterans who fit a job, best first, with reasons (the job's employer, or officers)",
    description:
      'The same score as recommendations, seen from the job: veterans actively looking or open to offers, without ' +
      'those a hard requirement rules out. Personal data is masked: the display name (张**) and district only, no ' +
      'contact. Reasons speak of the candidate in the third person. Pages by `offset`.',
  })
  @ApiOkResponse({ type: CandidatePageDto.Output })
  @ApiErrors(
    400,
    [403, 'the job belongs to another organisation'],
    [404, 'matching knows no open job with this id'],
  )
  async candidates(
    @CurrentPrincipal() principal: Principal,
    @Param() params: JobIdParams,
    @Query() query: PagingQuery,
  ) {
    const { job } = await this.lookups.job(params.jobId);
    assertOrganisation(principal, job.employerId);
    const ranked = await this.ranking.veteransFor(job, CANDIDATE_STATUSES, this.tunables.candidateLimit);
    return {
      jobId: job.jobId,
      items: ranked.slice(query.offset, query.offset + query.limit).map(toCandidate),
      total: ranked.length,
      limit: query.limit,
      offset: query.offset,
    };
  }
}

import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Ranking } from '../ranking/ranking';
import { scoreMatch } from '@vetlink/matching-score';
import { ApiErrors } from '@vetlink/http';
import { PagingQuery, VeteranIdParams, VeteranJobParams } from '../shared/http-params';
import { MatchLookups } from '../search/match-lookups';
import { veteranIdFor } from '../shared/veteran-access';
import { InjectTunables, MatchingTunables } from '../shared/matching-settings';
import {
  MatchExplanationDto,
  MatchExplanationView,
  RecommendationPageDto,
  toMatchExplanation,
  toRecommendedJob,
} from './recommended-job.views';

@ApiTags('recommendations')
@ApiBearerAuth()
@Roles('veteran', 'officer')
@Controller('veterans')
export class RecommendedJobsController {
  constructor(
    private readonly lookups: MatchLookups,
    private readonly ranking: Ranking,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectTunables() private readonly tunables: MatchingTunables,
  ) {}

  @Get(':veteranId/recommended-jobs')
  @ApiOperation({
    summary:
      'Open jobs that fit a veteran, best first, each with its reasons (`me` for my own; officers: any veteran)',
    description:
      'Candidates come from the search index (open, within reach, acceptable type and pay, required certificates held, ' +
      'some skill or occupation in common), then the domain score ranks them; pairs a hard requirement rules out are ' +
      'left out. Reasons are structured and rendered in Chinese and English. Pages by `offset`.',
  })
  @ApiOkResponse({ type: RecommendationPageDto.Output })
  @ApiErrors(
    400,
    [403, "another veteran's recommendations"],
    [404, 'matching knows no profile for this veteran (yet)'],
  )
  async recommendedJobs(
    @CurrentPrincipal() principal: Principal,
    @Param() params: VeteranIdParams,
    @Query() query: PagingQuery,
  ) {
    const veteran = await this.lookups.veteran(veteranIdFor(principal, params.veteranId));
    const ranked = await this.ranking.jobsFor(veteran);
    return {
      items: ranked.slice(query.offset, query.offset + query.limit).map(toRecommendedJob),
      total: ranked.length,
      limit: query.limit,
      offset: query.offset,
    };
  }

  @Get(':veteranId/jobs/:jobId/why')
  @ApiOperation({
    summary:
      'Why this job (or why not): the full score of one veteran and one job (`me` for my own; officers: any)',
    description: 'Every component, every reason, and the hard requirements that rule the pair out, if any.',
  })
  @ApiOkResponse({ type: MatchExplanationDto.Output })
  @ApiErrors(400, [403, "another veteran's matches"], [404, 'matching knows no such veteran or job'])
  async why(
    @CurrentPrincipal() principal: Principal,
    @Param() params: VeteranJobParams,
  ): Promise<MatchExplanationView> {
    const veteran = await this.lookups.veteran(veteranIdFor(principal, params.veteranId));
    const { job, status } = await this.lookups.job(params.jobId, { includeClosed: true });
    const assessment = scoreMatch(job, veteran, this.clock.now(), this.tunables.policy);
    return toMatchExplanation(job, status, assessment, this.tunables.policy.pushThreshold);
  }
}

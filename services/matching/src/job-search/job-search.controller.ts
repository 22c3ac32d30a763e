import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@vetlink/auth';
import { InvalidInputError } from '@vetlink/http';
import { jobSearchQuery } from '../search/domain/job-search-query';
import { MatchIndexes } from '../search/match-indexes';
import { ApiErrors } from '@vetlink/http';
import { MatchLookups } from '../search/match-lookups';
import { InjectTunables, MatchingTunables } from '../shared/matching-settings';
import { JobSearchQuery } from './job-search.dto';
import { JobSearchPageDto, JobSearchPageView, toJobSearchPage } from './job-search.views';

@ApiTags('job search')
@ApiBearerAuth()
@Controller('jobs')
export class JobSearchController {
  constructor(
    private readonly indexes: MatchIndexes,
    private readonly lookups: MatchLookups,
    @InjectTunables() private readonly tunables: MatchingTunables,
  ) {}

  @Get('search')
  @ApiOperation({
    summary:
      'Search open jobs by text and filters, around a point or your home, with facets (any signed-in user)',
    description:
      'Text matches titles, occupations, skills (names and synonyms from the crosswalk, Chinese or English), employer ' +
      "and description. `near=home` centres the radius on the calling veteran's home as matching knows it. Ordered " +
      'by relevance with text, else by distance with a centre, else newest first; `sort` overrides.',
  })
  @ApiOkResponse({ type: JobSearchPageDto.Output })
  @ApiErrors(400, [404, 'near=home, but matching knows no home for you'])
  async search(
    @CurrentPrincipal() principal: Principal,
    @Query() query: JobSearchQuery,
  ): Promise<JobSearchPageView> {
    const point = await this.centreOf(principal, query);
    const radiusKm = query.radiusKm ?? this.tunables.policy.defaultRadiusKm;
    const result = await this.indexes.jobs.search(
      jobSearchQuery({
        ...(query.q ? { text: query.q } : {}),
        ...(query.cityId ? { cityId: query.cityId } : {}),
        ...(query.districtId ? { districtId: query.districtId } : {}),
        ...(query.employmentType ? { employmentTypes: query.employmentType } : {}),
        ...(query.salaryMin !== undefined ? { salaryMin: query.salaryMin } : {}),
        ...(query.skillIds ? { skillIds: query.skillIds } : {}),
        ...(query.veteranPriority !== undefined ? { veteranPriority: query.veteranPriority } : {}),
        ...(query.veteransOnly !== undefined ? { veteransOnly: query.veteransOnly } : {}),
        ...(point ? { near: { point, radiusKm } } : {}),
        ...(query.sort ? { sort: query.sort } : {}),
        limit: query.limit,
        offset: query.offset,
      }),
    );
    return toJobSearchPage(result, query);
  }

  private async centreOf(principal: Principal, query: JobSearchQuery) {
    if (query.lat !== undefined && query.lng !== undefined) return { lat: query.lat, lng: query.lng };
    if (!query.near) return undefined;
    if (principal.role !== 'veteran') {
      throw new InvalidInputError([
        { field: 'near', message: 'near=home is for veterans; give lat and lng' },
      ]);
    }
    const veteran = await this.lookups.veteran(principal.userId);
    if (!veteran.residence) {
      throw new InvalidInputError([
        {
          field: 'near',
          message: 'your profile has no home location; give lat and lng, or add your residence',
        },
      ]);
    }
    return { lat: veteran.residence.lat, lng: veteran.residence.lng };
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { SkillGapsQuery, VeteranIdParams } from './skill-gaps.dto';
import { SkillGapsView, SkillGapsViewDto, toSkillGapsView } from './skill-gaps.view';
import { FindSkillGaps } from './use-cases/find-skill-gaps';

/** Which courses would open most jobs nearby to a veteran, and the gaps they close. */
@ApiTags('skill-gaps')
@ApiBearerAuth()
@Controller('trainings/skill-gaps')
export class SkillGapsController {
  constructor(private readonly find: FindSkillGaps) {}

  @Get('me')
  @Roles('veteran')
  @ApiOperation({
    summary:
      'My skill gaps: courses with an open or upcoming run ranked by the open jobs nearby they would unlock, and the skills and certificates most often missing (veterans)',
  })
  @ApiOkResponse({ type: SkillGapsViewDto })
  @ApiErrors(400, 403, [404, 'no profile of the caller is known here yet'])
  async mine(@CurrentPrincipal() veteran: Principal, @Query() query: SkillGapsQuery): Promise<SkillGapsView> {
    return toSkillGapsView(await this.find.forCaller(veteran, veteran.userId, query.jobs));
  }

  @Get(':veteranId')
  @Roles('officer')
  @ApiOperation({
    summary: 'A veteran’s skill gaps (officers: a city bureau’s officers for the veterans of their city)',
  })
  @ApiOkResponse({ type: SkillGapsViewDto })
  @ApiErrors(400, 403, [404, 'no profile of this veteran is known here, or not in the officer’s city'])
  async ofVeteran(
    @CurrentPrincipal() officer: Principal,
    @Param() params: VeteranIdParams,
    @Query() query: SkillGapsQuery,
  ): Promise<SkillGapsView> {
    return toSkillGapsView(await this.find.forCaller(officer, params.veteranId, query.jobs));
  }
}

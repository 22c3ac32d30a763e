import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@vetlink/auth';
import { VeteranIdParams } from '../profiles/profile.dto';
import { ReadProfile } from '../profiles/use-cases/read-profile';
import { ApiErrors } from '@vetlink/http';
import { CivilianViewDto, CivilianViewResponse } from './civilian-view.dto';
import { civilianViewOf } from './domain/civilian-view';

@ApiTags('profiles')
@ApiBearerAuth()
@Controller('profiles')
export class CivilianViewController {
  constructor(private readonly readProfile: ReadProfile) {}

  @Get(':veteranId/civilian-view')
  @ApiOperation({
    summary: 'A profile in civilian terms; `me` for my own',
    description:
      'Military specialties, trainings and certificates translated into civilian skills and occupations (with the ' +
      "source of each), merged with the veteran's declared skills. Holds no personal data, so employers and mentors see it too.",
  })
  @ApiOkResponse({ type: CivilianViewDto.Output })
  @ApiErrors(400, [403, "a veteran asked for another veteran's profile"], 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: VeteranIdParams,
  ): Promise<CivilianViewResponse> {
    const { profile } = await this.readProfile.execute(principal, params.veteranId);
    return civilianViewOf(profile);
  }
}

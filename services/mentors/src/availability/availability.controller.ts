import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { MentorIdParams } from '../mentors/mentor.dto';
import { AvailabilityBody } from './availability.dto';
import { AvailabilityView, AvailabilityViewDto, toAvailabilityView } from './availability.view';
import { SetAvailability } from './use-cases/set-availability';

@ApiTags('availability')
@ApiBearerAuth()
@Controller('mentors/:mentorId/availability')
export class AvailabilityController {
  constructor(private readonly setAvailability: SetAvailability) {}

  @Put()
  @Roles('mentor', 'officer')
  @ApiOperation({
    summary:
      'Set weekly hours (Asia/Shanghai), date overrides, session lengths, buffers, notice, horizon and caps',
  })
  @ApiOkResponse({ type: AvailabilityViewDto })
  @ApiErrors(400, 403, 404)
  async put(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MentorIdParams,
    @Body() body: AvailabilityBody,
  ): Promise<AvailabilityView> {
    return toAvailabilityView(await this.setAvailability.execute(principal, params.mentorId, body));
  }

  @Get()
  @ApiOperation({ summary: "A mentor's availability rules" })
  @ApiOkResponse({ type: AvailabilityViewDto })
  @ApiErrors(400, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MentorIdParams,
  ): Promise<AvailabilityView> {
    return toAvailabilityView(await this.setAvailability.read(principal, params.mentorId));
  }
}

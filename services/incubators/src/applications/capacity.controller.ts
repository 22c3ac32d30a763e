import { Body, Controller, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { ProgrammeIdParams, SeatsBody, UnitsBody, UnitsParams } from '../bases/base.dto';
import {
  BaseView,
  BaseViewDto,
  ProgrammeView,
  ProgrammeViewDto,
  toBaseView,
  toProgrammeView,
} from '../bases/base.view';
import { StaffGrantGuard } from '../bases/staff-grant.guard';
import { Capacity } from './use-cases/capacity';

const LOWERED_BELOW_ALLOCATED =
  'lowered below what is allocated (names each allocated one and its application), or another change of the same count is under way';

/** How much space a base has and how many seats a programme has, changed without ever over-allocating. */
@ApiTags('bases')
@ApiBearerAuth()
@UseGuards(StaffGrantGuard)
@Controller()
export class CapacityController {
  constructor(private readonly capacity: Capacity) {}

  @Put('bases/:baseId/units/:spaceType')
  @Roles('base-staff', 'officer')
  @ApiOperation({
    summary: "Set how many units of a space type the base has (the base's staff, officers)",
    description:
      'Raising it moves the waitlists of the base’s programmes up. Lowering it is refused while a unit above the new count is allocated.',
  })
  @ApiOkResponse({ type: BaseViewDto })
  @ApiErrors(400, 403, [404, 'no such base'], [409, LOWERED_BELOW_ALLOCATED])
  async setUnits(
    @CurrentPrincipal() staff: Principal,
    @Param() params: UnitsParams,
    @Body() body: UnitsBody,
  ): Promise<BaseView> {
    return toBaseView(await this.capacity.setUnits(staff, params.baseId, params.spaceType, body.units));
  }

  @Put('programmes/:programmeId/seats')
  @Roles('base-staff', 'officer')
  @ApiOperation({
    summary: "Set how many seats the programme has (the base's staff, officers)",
    description:
      'Raising it moves the waitlist up. Lowering it is refused while a seat above the new count is allocated.',
  })
  @ApiOkResponse({ type: ProgrammeViewDto })
  @ApiErrors(400, 403, [404, 'no such programme'], [409, LOWERED_BELOW_ALLOCATED])
  async setSeats(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ProgrammeIdParams,
    @Body() body: SeatsBody,
  ): Promise<ProgrammeView> {
    return toProgrammeView(await this.capacity.setSeats(staff, params.programmeId, body.seats));
  }
}

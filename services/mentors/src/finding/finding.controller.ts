import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { MentorIdParams } from '../mentors/mentor.dto';
import { toMentorView } from '../mentors/mentor.view';
import { FindMentorsQuery, SlotsQuery } from './finding.dto';
import { FoundMentorsDto, SlotsView, SlotsViewDto, toSlotView } from './finding.view';
import { FindMentors } from './use-cases/find-mentors';
import { FindSlots } from './use-cases/find-slots';

@ApiTags('finding a mentor')
@ApiBearerAuth()
@Controller('mentors')
export class FindingController {
  constructor(
    private readonly findMentors: FindMentors,
    private readonly findSlots: FindSlots,
  ) {}

  @Get()
  @ApiOkResponse({ type: FoundMentorsDto })
  @ApiOperation({
    summary:
      'Find mentors by expertise, industry, city, mode, branch served in, language; near a city within km (nearest first); with freeFrom/freeTo only those with a free slot',
  })
  @ApiErrors(400)
  async search(@CurrentPrincipal() principal: Principal, @Query() query: FindMentorsQuery) {
    const { freeFrom, freeTo, minutes, nearCityId, nearDistrictId, withinKm, ...filter } = query;
    const found = await this.findMentors.search(principal, {
      ...filter,
      ...(freeFrom && freeTo ? { free: { from: freeFrom, to: freeTo, minutes } } : {}),
      ...(nearCityId && withinKm
        ? {
            near: { cityId: nearCityId, ...(nearDistrictId ? { districtId: nearDistrictId } : {}), withinKm },
          }
        : {}),
    });
    return {
      items: found.map(({ mentor, firstFreeSlot, distanceKm }) => ({
        ...toMentorView(mentor, principal),
        ...(firstFreeSlot ? { firstFreeSlot: toSlotView(firstFreeSlot) } : {}),
        ...(distanceKm !== undefined ? { distanceKm } : {}),
      })),
    };
  }

  @Get(':mentorId/slots')
  @ApiOperation({
    summary: "A mentor's free slots between from and to (ISO 8601 with offset; at most 62 days)",
  })
  @ApiOkResponse({ type: SlotsViewDto })
  @ApiErrors(400, 404)
  async slots(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MentorIdParams,
    @Query() query: SlotsQuery,
  ): Promise<SlotsView> {
    const { minutes, slots } = await this.findSlots.of(principal, params.mentorId, query);
    return { mentorId: params.mentorId, minutes, timeZone: 'Asia/Shanghai', slots: slots.map(toSlotView) };
  }
}

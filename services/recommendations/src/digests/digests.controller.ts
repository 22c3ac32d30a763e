import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertOwner, CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors, NotFoundError } from '@vetlink/http';
import { DigestRecord } from './digest.schema';
import { unpackDigest } from './digest-content';
import { DigestRecords } from './digest-records';
import { DigestDto, DigestView, MyDigestParams, VeteranDigestParams } from './digests.dto';
import { digestIdOf } from './domain/digest-payload';

/** The featured jobs of a week as sent, for the portal's "this week's picks" page the message links to. */
@ApiTags('weekly digests')
@ApiBearerAuth()
@Controller('weekly-digests')
export class DigestsController {
  constructor(private readonly digests: DigestRecords) {}

  @Get('me/:week')
  @Roles('veteran')
  @ApiOperation({ summary: 'My featured jobs of a week, with why each fits' })
  @ApiOkResponse({ type: DigestDto.Output })
  @ApiErrors(400, 403, 404)
  async mine(@Param() params: MyDigestParams, @CurrentPrincipal() principal: Principal): Promise<DigestView> {
    return this.view(principal.userId, params.week);
  }

  @Get(':veteranId/:week')
  @Roles('veteran', 'officer')
  @ApiOperation({ summary: "A veteran's featured jobs of a week (officers, or the veteran)" })
  @ApiOkResponse({ type: DigestDto.Output })
  @ApiErrors(400, 403, 404)
  async one(
    @Param() params: VeteranDigestParams,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DigestView> {
    assertOwner(principal, params.veteranId);
    return this.view(params.veteranId, params.week);
  }

  private async view(veteranId: string, week: string): Promise<DigestView> {
    const digest = await this.digests.find(digestIdOf(week, veteranId));
    if (!digest) throw new NotFoundError(`no digest for ${week}`);
    return toDigestView(digest);
  }
}

function toDigestView(digest: DigestRecord): DigestView {
  const { digestId, veteranId, week, since, until, jobs, preparedAt } = unpackDigest(digest.payload);
  return { digestId, veteranId, week, since, until, jobs, preparedAt };
}

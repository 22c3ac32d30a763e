import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors, ForbiddenError } from '@vetlink/http';
import { OfficerProfileDto, OfficerProfileView, toOfficerProfileView } from '../profiles/profile.views';
import { DiscloseIdentity } from './disclose-identity';
import {
  ClearIdentityDto,
  DisclosureBody,
  DisclosureListDto,
  DisclosureParams,
  DisclosureView,
  IdNumberLookupBody,
} from './identity-disclosure.dto';
import { IdentityDisclosureRecord } from './identity-disclosure.schema';
import { IdentityDisclosuresRepository } from './identity-disclosures.repository';

@ApiTags('identity disclosures')
@ApiBearerAuth()
@Controller('profiles')
export class IdentityDisclosuresController {
  constructor(
    private readonly disclose: DiscloseIdentity,
    private readonly disclosures: IdentityDisclosuresRepository,
  ) {}

  @Post('lookup')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({
    summary: 'Find the profile that belongs to an ID number, with a reason (officers; audited)',
    description: 'In the body rather than the URL, so the number never lands in access logs.',
  })
  @ApiOkResponse({ type: OfficerProfileDto.Output })
  @ApiErrors(400, 403, 404)
  async lookup(
    @CurrentPrincipal() officer: Principal,
    @Body() body: IdNumberLookupBody,
  ): Promise<OfficerProfileView> {
    const { profile } = await this.disclose.byIdNumber(officer, body.idNumber, body.reason);
    return toOfficerProfileView(profile);
  }

  @Post(':veteranId/identity-disclosures')
  @Roles('officer')
  @ApiOperation({
    summary: "Read a veteran's ID number and phone in clear, with a reason (officers; audited)",
    description:
      'The record (who, whom, when, why) is kept before the values are answered; the veteran reads it.',
  })
  @ApiCreatedResponse({ type: ClearIdentityDto.Output })
  @ApiErrors(400, 403, 404)
  async discloseContact(
    @CurrentPrincipal() officer: Principal,
    @Param() params: DisclosureParams,
    @Body() body: DisclosureBody,
  ) {
    const { profile, record } = await this.disclose.contact(officer, params.veteranId, body.reason);
    return {
      disclosureId: record._id,
      veteranId: profile.veteranId,
      fullName: profile.identity.fullName,
      idNumber: profile.identity.idNumber,
      phone: profile.identity.phone,
      at: record.at.toISOString(),
    };
  }

  @Get(':veteranId/identity-disclosures')
  @Roles('veteran', 'officer')
  @ApiOperation({
    summary: 'Who read my ID number or phone in clear, when and why; `me` for my own (veterans, officers)',
  })
  @ApiOkResponse({ type: DisclosureListDto.Output })
  @ApiErrors(400, [403, "a veteran asked for another veteran's record"])
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param() params: DisclosureParams,
  ): Promise<{ items: DisclosureView[] }> {
    const veteranId = params.veteranId === 'me' ? principal.userId : params.veteranId;
    if (principal.role === 'veteran' && veteranId !== principal.userId)
      throw new ForbiddenError('a veteran may read only their own disclosures');
    const records = await this.disclosures.forVeteran(veteranId);
    return { items: records.map(toDisclosureView) };
  }
}

function toDisclosureView(record: IdentityDisclosureRecord): DisclosureView {
  return {
    disclosureId: record._id,
    officerId: record.officerId,
    fields: record.fields,
    reason: record.reason,
    at: record.at.toISOString(),
  };
}

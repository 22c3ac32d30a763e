import { Body, Controller, Get, Param, Patch, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import type { Response } from 'express';
import { ApiErrors } from '@vetlink/http';
import {
  ListProfilesQuery,
  SkillVerificationBody,
  SkillVerificationParams,
  VeteranIdParams,
} from './profile.dto';
import {
  FullProfileDto,
  FullProfileView,
  MaskedProfileDto,
  MaskedProfileView,
  OfficerProfileDto,
  OfficerProfileView,
  ProfilePageDto,
  toFullProfileView,
  toMaskedProfileView,
  toOfficerProfileView,
  toProfileSummary,
} from './profile.views';
import { setEtag } from './revision-header';
import { FindProfiles } from './use-cases/find-profiles';
import { ReadProfile } from './use-cases/read-profile';
import { VerifySkill } from './use-cases/verify-skill';

@ApiTags('profiles')
@ApiBearerAuth()
@Controller('profiles')
export class ProfilesController {
  constructor(
    private readonly readProfile: ReadProfile,
    private readonly findProfiles: FindProfiles,
    private readonly verifySkill: VerifySkill,
  ) {}

  @Get()
  @Roles('officer')
  @ApiOperation({
    summary: 'List profiles, newest first, by city, status, specialty, skill, training, ... (officers)',
  })
  @ApiOkResponse({ type: ProfilePageDto.Output })
  @ApiErrors(400, 403)
  async list(@Query() query: ListProfilesQuery) {
    const { limit, cursor, ...filter } = query;
    const page = await this.findProfiles.page(filter, limit, cursor);
    return { ...page, items: page.items.map(toProfileSummary) };
  }

  @Get(':veteranId')
  @ApiOperation({
    summary: 'A profile; `me` for my own',
    description:
      'The veteran themself gets the full profile; officers all of it but a masked ID number and phone ' +
      '(clear ones are an audited disclosure); employers and mentors a masked one without contact; ' +
      "another veteran's profile is refused.",
  })
  @ApiExtraModels(FullProfileDto.Output, OfficerProfileDto.Output, MaskedProfileDto.Output)
  @ApiOkResponse({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(FullProfileDto.Output) },
        { $ref: getSchemaPath(OfficerProfileDto.Output) },
        { $ref: getSchemaPath(MaskedProfileDto.Output) },
      ],
    },
  })
  @ApiErrors(400, [403, "a veteran asked for another veteran's profile"], 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: VeteranIdParams,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FullProfileView | OfficerProfileView | MaskedProfileView> {
    const { profile, access } = await this.readProfile.execute(principal, params.veteranId);
    if (access === 'masked') return toMaskedProfileView(profile);
    setEtag(response, profile.revision);
    return access === 'officer' ? toOfficerProfileView(profile) : toFullProfileView(profile);
  }

  @Patch(':veteranId/skills/:skillId/verification')
  @Roles('officer')
  @ApiOperation({
    summary: 'Verify a declared skill at its declared level, or withdraw the verification (officers)',
  })
  @ApiOkResponse({ type: OfficerProfileDto.Output })
  @ApiErrors(400, 403, [404, 'no such profile, or the veteran has not declared this skill'], 409)
  async setSkillVerification(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SkillVerificationParams,
    @Body() body: SkillVerificationBody,
  ): Promise<OfficerProfileView> {
    return toOfficerProfileView(
      await this.verifySkill.execute(principal, params.veteranId, params.skillId, body.verified),
    );
  }
}

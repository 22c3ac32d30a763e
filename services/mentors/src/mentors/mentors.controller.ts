import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { MentorAction } from './domain/mentor';
import {
  ApplyAsMentorBody,
  MentorIdParams,
  OptionalReasonBody,
  StatusReasonBody,
  UpdateMentorBody,
} from './mentor.dto';
import { MentorView, MentorViewDto, toMentorView } from './mentor.view';
import { ApplyAsMentor } from './use-cases/apply-as-mentor';
import { ChangeMentorStatus } from './use-cases/change-mentor-status';
import { MentorAccess } from './use-cases/mentor-access';
import { UpdateMentorProfile } from './use-cases/update-mentor-profile';

@ApiTags('mentors')
@ApiBearerAuth()
@Controller('mentors')
export class MentorsController {
  constructor(
    private readonly applyAsMentor: ApplyAsMentor,
    private readonly updateMentorProfile: UpdateMentorProfile,
    private readonly changeMentorStatus: ChangeMentorStatus,
    private readonly access: MentorAccess,
  ) {}

  @Post()
  @Roles('mentor')
  @ApiOperation({ summary: 'Apply as a mentor (the profile waits for an officer to verify it)' })
  @ApiCreatedResponse({ type: MentorViewDto })
  @ApiErrors(400, 403, [409, 'already applied'])
  async apply(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ApplyAsMentorBody,
  ): Promise<MentorView> {
    return toMentorView(await this.applyAsMentor.execute(principal, body), principal);
  }

  @Get('me')
  @Roles('mentor')
  @ApiOperation({ summary: "The caller's own mentor profile, whatever its status" })
  @ApiOkResponse({ type: MentorViewDto })
  @ApiErrors(403, [404, 'not applied yet'])
  async me(@CurrentPrincipal() principal: Principal): Promise<MentorView> {
    return toMentorView(await this.access.managed(principal, principal.userId), principal);
  }

  @Get(':mentorId')
  @ApiOperation({ summary: 'One mentor (verified ones for everybody; others for themselves and officers)' })
  @ApiOkResponse({ type: MentorViewDto })
  @ApiErrors(400, 404)
  async get(@CurrentPrincipal() principal: Principal, @Param() params: MentorIdParams): Promise<MentorView> {
    return toMentorView(await this.access.visible(principal, params.mentorId), principal);
  }

  @Patch(':mentorId')
  @Roles('mentor', 'officer')
  @ApiOperation({ summary: 'Change the profile (the mentor, or an officer)' })
  @ApiOkResponse({ type: MentorViewDto })
  @ApiErrors(400, 403, 404, 409)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MentorIdParams,
    @Body() body: UpdateMentorBody,
  ): Promise<MentorView> {
    return toMentorView(await this.updateMentorProfile.execute(principal, params.mentorId, body), principal);
  }

  @Post(':mentorId/verification')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Verify an applicant (officers): veterans may then find and book them' })
  @ApiOkResponse({ type: MentorViewDto })
  @ApiErrors(400, 403, 404, [409, 'not an applicant (the message names the status)'])
  verify(@CurrentPrincipal() principal: Principal, @Param() params: MentorIdParams): Promise<MentorView> {
    return this.change(principal, params.mentorId, 'verify');
  }

  @Post(':mentorId/rejection')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Reject an applicant, with a reason (officers)' })
  @ApiOkResponse({ type: MentorViewDto })
  @ApiErrors(400, 403, 404, 409)
  reject(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MentorIdParams,
    @Body() body: StatusReasonBody,
  ): Promise<MentorView> {
    return this.change(principal, params.mentorId, 'reject', body.reason);
  }

  @Post(':mentorId/suspension')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Suspend a verified mentor, with a reason (officers): no new bookings' })
  @ApiOkResponse({ type: MentorViewDto })
  @ApiErrors(400, 403, 404, 409)
  suspend(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MentorIdParams,
    @Body() body: StatusReasonBody,
  ): Promise<MentorView> {
    return this.change(principal, params.mentorId, 'suspend', body.reason);
  }

  @Post(':mentorId/reactivation')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Reactivate a suspended mentor (officers)' })
  @ApiOkResponse({ type: MentorViewDto })
  @ApiErrors(400, 403, 404, 409)
  reactivate(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MentorIdParams,
    @Body() body: OptionalReasonBody,
  ): Promise<MentorView> {
    return this.change(principal, params.mentorId, 'reactivate', body.reason);
  }

  private async change(
    principal: Principal,
    mentorId: string,
    action: MentorAction,
    reason?: string,
  ): Promise<MentorView> {
    return toMentorView(
      await this.changeMentorStatus.execute(principal, mentorId, action, reason),
      principal,
    );
  }
}

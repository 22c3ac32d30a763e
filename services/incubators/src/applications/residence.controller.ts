import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { StaffGrantGuard } from '../bases/staff-grant.guard';
import {
  ApplicationIdParams,
  CheckInBody,
  EndResidenceBody,
  MilestoneBody,
  MilestoneParams,
} from './application.dto';
import { ApplicationView, ApplicationViewDto, viewFor } from './application.view';
import { Residence } from './use-cases/residence';

/** Startups in residence: milestones and check-ins (founder, base staff), graduation or exit (base staff). */
@ApiTags('residence')
@ApiBearerAuth()
@UseGuards(StaffGrantGuard)
@Controller('applications/:applicationId')
export class ResidenceController {
  constructor(private readonly residence: Residence) {}

  @Post('milestones')
  @Roles('veteran', 'base-staff', 'officer')
  @ApiOperation({ summary: 'Set a milestone: goal, measure, target, due date, mentors' })
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'not in residence'])
  async milestone(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: MilestoneBody,
  ): Promise<ApplicationView> {
    return viewFor(principal, await this.residence.addMilestone(principal, params.applicationId, body));
  }

  @Post('milestones/:milestoneId/check-ins')
  @Roles('veteran', 'base-staff', 'officer')
  @ApiOperation({ summary: 'Check in on a milestone, optionally reaching or missing it' })
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'not in residence'])
  async checkIn(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MilestoneParams,
    @Body() body: CheckInBody,
  ): Promise<ApplicationView> {
    return viewFor(
      principal,
      await this.residence.checkIn(principal, params.applicationId, params.milestoneId, body),
    );
  }

  @Post('completion')
  @Roles('base-staff', 'officer')
  @ApiOperation({ summary: 'Graduate a startup or record its exit, with outcomes; frees its space' })
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'not in residence'])
  async end(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: EndResidenceBody,
  ): Promise<ApplicationView> {
    return viewFor(
      staff,
      await this.residence.end(staff, params.applicationId, body.ending, body.reason, body.outcomes),
    );
  }
}

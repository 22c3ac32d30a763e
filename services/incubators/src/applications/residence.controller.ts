import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import type { Application } from './domain/application';
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
  @ApiErrors(400, 403, 404, [409, 'not in residence'])
  milestone(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: MilestoneBody,
  ): Promise<Application> {
    return this.residence.addMilestone(principal, params.applicationId, body);
  }

  @Post('milestones/:milestoneId/check-ins')
  @Roles('veteran', 'base-staff', 'officer')
  @ApiOperation({ summary: 'Check in on a milestone, optionally reaching or missing it' })
  @ApiErrors(400, 403, 404, [409, 'not in residence'])
  checkIn(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MilestoneParams,
    @Body() body: CheckInBody,
  ): Promise<Application> {
    return this.residence.checkIn(principal, params.applicationId, params.milestoneId, body);
  }

  @Post('completion')
  @Roles('base-staff', 'officer')
  @ApiOperation({ summary: 'Graduate a startup or record its exit, with outcomes; frees its space' })
  @ApiErrors(400, 403, 404, [409, 'not in residence'])
  end(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: EndResidenceBody,
  ): Promise<Application> {
    return this.residence.end(staff, params.applicationId, body.ending, body.reason, body.outcomes);
  }
}

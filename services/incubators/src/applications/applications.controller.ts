import { Body, Controller, Get, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors, createZodDto, NotFoundError } from '@vetlink/http';
import { z } from 'zod';
import { assertRunsBase } from '../bases/base-staff';
import { BasesRepository } from '../bases/bases.repository';
import { StaffGrantGuard } from '../bases/staff-grant.guard';
import {
  ApplicationIdParams,
  DraftApplicationBody,
  EditApplicationBody,
  ProgrammeApplicationsParams,
  ReasonBody,
} from './application.dto';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationView, viewFor } from './application.view';
import type { Application } from './domain/application';
import type { EligibilityReport } from './domain/eligibility';
import { APPLICATION_STATES } from './domain/lifecycle';
import { ApplicationAccess } from './use-cases/application-access';
import { FounderApplications } from './use-cases/founder-applications';

class ApplicationsQuery extends createZodDto(
  z.strictObject({ state: z.enum(APPLICATION_STATES).optional() }),
) {}

/** A founder's applications (draft, eligibility, submit, withdraw) and the lists staff and founders read. */
@ApiTags('applications')
@ApiBearerAuth()
@UseGuards(StaffGrantGuard)
@Controller()
export class ApplicationsController {
  constructor(
    private readonly founders: FounderApplications,
    private readonly access: ApplicationAccess,
    private readonly applications: ApplicationsRepository,
    private readonly bases: BasesRepository,
  ) {}

  @Post('programmes/:programmeId/applications')
  @Roles('veteran')
  @ApiOperation({ summary: "Start a startup's application to a programme, as a draft (veteran founders)" })
  @ApiErrors(400, 403, [404, 'no such programme'])
  draft(
    @CurrentPrincipal() founder: Principal,
    @Param() params: ProgrammeApplicationsParams,
    @Body() body: DraftApplicationBody,
  ): Promise<Application> {
    return this.founders.draft(founder, params.programmeId, body);
  }

  @Patch('applications/:applicationId')
  @Roles('veteran')
  @ApiOperation({ summary: 'Edit a draft (its founder; 409 once submitted)' })
  @ApiErrors(400, 403, 404, [409, 'no longer a draft'])
  edit(
    @CurrentPrincipal() founder: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: EditApplicationBody,
  ): Promise<Application> {
    return this.founders.edit(founder, params.applicationId, body);
  }

  @Get('applications/:applicationId/eligibility')
  @ApiOperation({ summary: "Every eligibility rule with its result and reason (the draft's as of now)" })
  @ApiErrors(400, 404)
  eligibility(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApplicationIdParams,
  ): Promise<EligibilityReport> {
    return this.founders.eligibility(principal, params.applicationId);
  }

  @Post('applications/:applicationId/submit')
  @Roles('veteran')
  @ApiOperation({ summary: 'Submit a draft that passes every rule; one per venture per programme' })
  @ApiErrors(400, 403, 404, [409, 'not a draft, not eligible, or the venture already applied'])
  submit(@CurrentPrincipal() founder: Principal, @Param() params: ApplicationIdParams): Promise<Application> {
    return this.founders.submit(founder, params.applicationId);
  }

  @Post('applications/:applicationId/withdraw')
  @Roles('veteran')
  @ApiOperation({ summary: 'Withdraw an application before residence (its founder)' })
  @ApiErrors(400, 403, 404, 409)
  withdraw(
    @CurrentPrincipal() founder: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ReasonBody,
  ): Promise<Application> {
    return this.founders.withdraw(founder, params.applicationId, body.reason);
  }

  @Get('applications/mine')
  @Roles('veteran')
  @ApiOperation({ summary: "The caller's applications, newest first" })
  @ApiErrors(403)
  async mine(@CurrentPrincipal() founder: Principal): Promise<{ items: ApplicationView[] }> {
    const owned = await this.applications.list({ founderId: founder.userId }, 200);
    return { items: owned.map((application) => viewFor(founder, application)) };
  }

  @Get('programmes/:programmeId/applications')
  @Roles('base-staff', 'officer')
  @ApiOperation({
    summary: "A programme's applications, optionally in one state (the base's staff, officers)",
  })
  @ApiErrors(400, 403, [404, 'no such programme'])
  async ofProgramme(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ProgrammeApplicationsParams,
    @Query() query: ApplicationsQuery,
  ): Promise<{ items: Application[] }> {
    const programme = await this.bases.findProgramme(params.programmeId);
    if (!programme) throw new NotFoundError(`no programme ${params.programmeId}`);
    assertRunsBase(staff, programme.baseId);
    const filter = { programmeId: programme.id, ...(query.state ? { state: query.state } : {}) };
    return { items: await this.applications.list(filter, 1000) };
  }

  @Get('applications/:applicationId')
  @ApiOperation({ summary: 'One application (its founder, the base staff, officers, its reviewers)' })
  @ApiErrors(400, 404)
  async one(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApplicationIdParams,
  ): Promise<ApplicationView> {
    return viewFor(principal, await this.access.visible(principal, params.applicationId));
  }

  @Get('applications/:applicationId/trail')
  @ApiOperation({ summary: 'The audit trail: every change, who made it, when and why' })
  @ApiErrors(400, 404)
  async trail(@CurrentPrincipal() principal: Principal, @Param() params: ApplicationIdParams) {
    await this.access.visible(principal, params.applicationId);
    return { items: await this.applications.changesOf(params.applicationId) };
  }
}

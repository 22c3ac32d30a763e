import { Body, Controller, Get, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors, createZodDto, NotFoundError, pagingFields } from '@vetlink/http';
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
import {
  ApplicationPageDto,
  ApplicationView,
  ApplicationViewDto,
  EligibilityView,
  EligibilityViewDto,
  toEligibilityView,
  toTrailEntryView,
  TrailPageDto,
  viewFor,
} from './application.view';
import { PageQuery } from '../bases/base.dto';
import { APPLICATION_STATES } from './domain/lifecycle';
import { ApplicationAccess } from './use-cases/application-access';
import { FounderApplications } from './use-cases/founder-applications';

class ApplicationsQuery extends createZodDto(
  z.strictObject({ state: z.enum(APPLICATION_STATES).optional(), ...pagingFields }),
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
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, [404, 'no such programme'])
  async draft(
    @CurrentPrincipal() founder: Principal,
    @Param() params: ProgrammeApplicationsParams,
    @Body() body: DraftApplicationBody,
  ): Promise<ApplicationView> {
    return viewFor(founder, await this.founders.draft(founder, params.programmeId, body));
  }

  @Patch('applications/:applicationId')
  @Roles('veteran')
  @ApiOperation({ summary: 'Edit a draft (its founder; 409 once submitted)' })
  @ApiOkResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'no longer a draft'])
  async edit(
    @CurrentPrincipal() founder: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: EditApplicationBody,
  ): Promise<ApplicationView> {
    return viewFor(founder, await this.founders.edit(founder, params.applicationId, body));
  }

  @Get('applications/:applicationId/eligibility')
  @ApiOperation({ summary: "Every eligibility rule with its result and reason (the draft's as of now)" })
  @ApiOkResponse({ type: EligibilityViewDto })
  @ApiErrors(400, 404)
  async eligibility(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApplicationIdParams,
  ): Promise<EligibilityView> {
    return toEligibilityView(await this.founders.eligibility(principal, params.applicationId));
  }

  @Post('applications/:applicationId/submit')
  @Roles('veteran')
  @ApiOperation({ summary: 'Submit a draft that passes every rule; one per venture per programme' })
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'not a draft, not eligible, or the venture already applied'])
  async submit(
    @CurrentPrincipal() founder: Principal,
    @Param() params: ApplicationIdParams,
  ): Promise<ApplicationView> {
    return viewFor(founder, await this.founders.submit(founder, params.applicationId));
  }

  @Post('applications/:applicationId/withdraw')
  @Roles('veteran')
  @ApiOperation({ summary: 'Withdraw an application before residence (its founder)' })
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, 409)
  async withdraw(
    @CurrentPrincipal() founder: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ReasonBody,
  ): Promise<ApplicationView> {
    return viewFor(founder, await this.founders.withdraw(founder, params.applicationId, body.reason));
  }

  @Get('applications/mine')
  @Roles('veteran')
  @ApiOperation({ summary: "The caller's applications, newest first, a page at a time" })
  @ApiOkResponse({ type: ApplicationPageDto })
  @ApiErrors(400, 403)
  async mine(@CurrentPrincipal() founder: Principal, @Query() query: PageQuery) {
    const page = await this.applications.page({ founderId: founder.userId }, query.limit, query.cursor);
    return { ...page, items: page.items.map((application) => viewFor(founder, application)) };
  }

  @Get('programmes/:programmeId/applications')
  @Roles('base-staff', 'officer')
  @ApiOperation({
    summary:
      "A programme's applications, newest first, optionally in one state, a page at a time (the base's staff, officers)",
  })
  @ApiOkResponse({ type: ApplicationPageDto })
  @ApiErrors(400, 403, [404, 'no such programme'])
  async ofProgramme(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ProgrammeApplicationsParams,
    @Query() query: ApplicationsQuery,
  ) {
    const programme = await this.bases.findProgramme(params.programmeId);
    if (!programme) throw new NotFoundError(`no programme ${params.programmeId}`);
    assertRunsBase(staff, programme.baseId);
    const filter = { programmeId: programme.id, ...(query.state ? { state: query.state } : {}) };
    const page = await this.applications.page(filter, query.limit, query.cursor);
    return { ...page, items: page.items.map((application) => viewFor(staff, application)) };
  }

  @Get('applications/:applicationId')
  @ApiOperation({ summary: 'One application (its founder, the base staff, officers, its reviewers)' })
  @ApiOkResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 404)
  async one(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApplicationIdParams,
  ): Promise<ApplicationView> {
    return viewFor(principal, await this.access.visible(principal, params.applicationId));
  }

  @Get('applications/:applicationId/trail')
  @ApiOperation({
    summary: 'The audit trail, oldest first, a page at a time: every change, who made it, when and why',
  })
  @ApiOkResponse({ type: TrailPageDto })
  @ApiErrors(400, 404)
  async trail(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApplicationIdParams,
    @Query() query: PageQuery,
  ) {
    await this.access.visible(principal, params.applicationId);
    const page = await this.applications.trailPage(params.applicationId, query.limit, query.cursor);
    return { ...page, items: page.items.map(toTrailEntryView) };
  }
}

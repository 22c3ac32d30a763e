import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { ApplicationIdParams, JobIdParams } from '../shared/http-params';
import { ApplicantsQuery, ApplyBody, ChangeStageBody, ListApplicationsQuery } from './application.dto';
import {
  ApplicationPageDto,
  ApplicationView,
  ApplicationViewDto,
  toApplicationView,
} from './application.view';
import { ApplyToJob } from './use-cases/apply-to-job';
import { ChangeApplicationStage } from './use-cases/change-application-stage';
import { FindApplications } from './use-cases/find-applications';

@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applyToJob: ApplyToJob,
    private readonly changeApplicationStage: ChangeApplicationStage,
    private readonly findApplications: FindApplications,
  ) {}

  @Post('jobs/:jobId/applications')
  @Roles('veteran')
  @ApiOperation({ summary: 'Apply to an open job (once per job)' })
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'already applied, or the job is not open'])
  async apply(
    @CurrentPrincipal() veteran: Principal,
    @Param() params: JobIdParams,
    @Body() body: ApplyBody,
  ): Promise<ApplicationView> {
    return toApplicationView(await this.applyToJob.execute(veteran, params.jobId, body));
  }

  @Get('jobs/:jobId/applications')
  @Roles('employer', 'officer')
  @ApiOperation({ summary: "A job's applicants, newest first (its own organisation and officers)" })
  @ApiOkResponse({ type: ApplicationPageDto })
  @ApiErrors(400, [403, "another organisation's job"], 404)
  async applicants(
    @CurrentPrincipal() principal: Principal,
    @Param() params: JobIdParams,
    @Query() query: ApplicantsQuery,
  ) {
    const page = await this.findApplications.applicants(
      principal,
      params.jobId,
      { stage: query.stage },
      query,
    );
    return { ...page, items: page.items.map(toApplicationView) };
  }

  @Get('applications')
  @ApiOperation({
    summary: "The caller's applications: a veteran's own, those to an employer's jobs, all for officers",
  })
  @ApiOkResponse({ type: ApplicationPageDto })
  @ApiErrors(400)
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListApplicationsQuery) {
    const page = await this.findApplications.mine(
      principal,
      { jobId: query.jobId, stage: query.stage },
      query,
    );
    return { ...page, items: page.items.map(toApplicationView) };
  }

  @Get('applications/:applicationId')
  @ApiOperation({ summary: 'One application (the veteran, the employer it is addressed to, officers)' })
  @ApiOkResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApplicationIdParams,
  ): Promise<ApplicationView> {
    return toApplicationView(await this.findApplications.one(principal, params.applicationId));
  }

  @Post('applications/:applicationId/stage')
  @HttpCode(200)
  @Roles('employer', 'officer')
  @ApiOperation({
    summary: 'Move an application on: viewed → interview → offer → hired, or rejected at any step',
    description:
      'Hiring records an employment outcome (jobs.veteran-hired) and fills the job when hires reach its headcount.',
  })
  @ApiOkResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [
    409,
    'not a next step from the current stage (named in the message), or no positions left',
  ])
  async changeStage(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ChangeStageBody,
  ): Promise<ApplicationView> {
    return toApplicationView(
      await this.changeApplicationStage.execute(principal, params.applicationId, body.stage),
    );
  }

  @Post('applications/:applicationId/withdraw')
  @HttpCode(200)
  @Roles('veteran')
  @ApiOperation({ summary: 'Withdraw an application (its veteran, until it is hired or rejected)' })
  @ApiOkResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, 409)
  async withdraw(
    @CurrentPrincipal() veteran: Principal,
    @Param() params: ApplicationIdParams,
  ): Promise<ApplicationView> {
    return toApplicationView(
      await this.changeApplicationStage.execute(veteran, params.applicationId, 'withdrawn'),
    );
  }
}

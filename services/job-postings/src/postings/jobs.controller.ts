import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors, Idempotent } from '@vetlink/http';
import { JobIdParams } from '../shared/http-params';
import { CreateJobBody, ListJobsQuery, UpdateJobBody } from './job.dto';
import { DraftedJobViewDto, JobPageDto, JobView, JobViewDto, toJobView } from './job.view';
import { ChangeJobStatus } from './use-cases/change-job-status';
import { CreateJobDraft } from './use-cases/create-job-draft';
import { FindJobs } from './use-cases/find-jobs';
import { PublishJob } from './use-cases/publish-job';
import { UpdateJob } from './use-cases/update-job';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly createJobDraft: CreateJobDraft,
    private readonly updateJob: UpdateJob,
    private readonly publishJob: PublishJob,
    private readonly changeJobStatus: ChangeJobStatus,
    private readonly findJobs: FindJobs,
  ) {}

  @Post()
  @Roles('employer')
  @Idempotent()
  @ApiOperation({
    summary: "Draft a job for the caller's organisation",
    description:
      'Skills (`skills`) and certificates (`requiredCertificates`) may be typed as people write them: each is ' +
      'resolved to the taxonomy where it can be, and kept as text where it cannot (a certificate kept as text stays a ' +
      'hard requirement). `occupationId` may be left out: it is inferred from the title and skills. The answer says ' +
      'how each term was read (`termResolution`).',
  })
  @ApiCreatedResponse({ type: DraftedJobViewDto })
  @ApiErrors(400, 403, [409, 'the organisation is not registered yet'])
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateJobBody) {
    const job = await this.createJobDraft.execute(principal, body);
    return { ...toJobView(job), termResolution: body.termResolution };
  }

  @Get()
  @ApiOperation({
    summary: 'List jobs, newest first, a page at a time',
    description:
      'Open jobs unless `status` says otherwise; with `employerId` of their own organisation, employers see all ' +
      'their jobs including drafts. Pass `nextCursor` back as `cursor` for the next page.',
  })
  @ApiOkResponse({ type: JobPageDto })
  @ApiErrors(400)
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListJobsQuery) {
    const { limit, cursor, ...filter } = query;
    const page = await this.findJobs.page(principal, filter, limit, cursor);
    return { ...page, items: page.items.map(toJobView) };
  }

  @Get(':jobId')
  @ApiOperation({ summary: 'One job (a draft only for its organisation and officers)' })
  @ApiOkResponse({ type: JobViewDto })
  @ApiErrors(400, 404)
  async get(@CurrentPrincipal() principal: Principal, @Param() params: JobIdParams): Promise<JobView> {
    return toJobView(await this.findJobs.one(principal, params.jobId));
  }

  @Patch(':jobId')
  @Roles('employer', 'officer')
  @ApiOperation({
    summary: 'Change a draft or live job; a published one announces the change (jobs.job-updated)',
  })
  @ApiOkResponse({ type: JobViewDto })
  @ApiErrors(400, 403, 404, 409)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param() params: JobIdParams,
    @Body() body: UpdateJobBody,
  ): Promise<JobView> {
    return toJobView(await this.updateJob.execute(principal, params.jobId, body));
  }

  @Post(':jobId/publish')
  @HttpCode(200)
  @Roles('employer', 'officer')
  @ApiOperation({ summary: 'Publish a draft (draft → open); only for organisations the bureau verified' })
  @ApiOkResponse({ type: JobViewDto })
  @ApiErrors(400, [403, 'another organisation, or not verified by the bureau yet'], 404, 409)
  async publish(@CurrentPrincipal() principal: Principal, @Param() params: JobIdParams): Promise<JobView> {
    return toJobView(await this.publishJob.execute(principal, params.jobId));
  }

  @Post(':jobId/pause')
  @HttpCode(200)
  @Roles('employer', 'officer')
  @ApiOperation({ summary: 'Stop taking applications for a while (open → paused)' })
  @ApiOkResponse({ type: JobViewDto })
  @ApiErrors(400, 403, 404, 409)
  async pause(@CurrentPrincipal() principal: Principal, @Param() params: JobIdParams): Promise<JobView> {
    return toJobView(await this.changeJobStatus.pause(principal, params.jobId));
  }

  @Post(':jobId/resume')
  @HttpCode(200)
  @Roles('employer', 'officer')
  @ApiOperation({ summary: 'Take applications again (paused → open)' })
  @ApiOkResponse({ type: JobViewDto })
  @ApiErrors(400, 403, 404, 409)
  async resume(@CurrentPrincipal() principal: Principal, @Param() params: JobIdParams): Promise<JobView> {
    return toJobView(await this.changeJobStatus.resume(principal, params.jobId));
  }

  @Post(':jobId/close')
  @HttpCode(200)
  @Roles('employer', 'officer')
  @ApiOperation({ summary: 'Close the job for good (open or paused → closed)' })
  @ApiOkResponse({ type: JobViewDto })
  @ApiErrors(400, 403, 404, 409)
  async close(@CurrentPrincipal() principal: Principal, @Param() params: JobIdParams): Promise<JobView> {
    return toJobView(await this.changeJobStatus.close(principal, params.jobId));
  }
}

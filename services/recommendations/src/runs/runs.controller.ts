import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors, NotFoundError } from '@vetlink/http';
import { DigestQueues } from '../queues/digest-queues';
import { RetryFailedDigests } from './retry-failed-digests';
import { RunProgress } from './run-progress';
import { RunRecords } from './run-records';
import { toRunView } from './run-views';
import {
  FailedPageDto,
  FailedPageQuery,
  RetriedDto,
  RunDto,
  RunIdParams,
  RunListDto,
  RunView,
  ScheduleDto,
  StartRunBody,
} from './runs.dto';
import type { RunRecord } from './run.schema';
import { StartRun } from './start-run';

/** The bureau's operators start, watch and repair digest runs. */
@ApiTags('weekly digest runs')
@ApiBearerAuth()
@Roles('officer')
@Controller('digest-runs')
export class RunsController {
  constructor(
    private readonly startRun: StartRun,
    private readonly queues: DigestQueues,
    private readonly runs: RunRecords,
    private readonly progress: RunProgress,
    private readonly retryFailedDigests: RetryFailedDigests,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Run the weekly digest for a week now, or a dry run of it',
    description:
      'The weekly run of a week is one run, whoever starts it: starting it again (or the schedule firing twice) ' +
      'resumes it, and no veteran gets a second digest that week. A dry run computes every digest and reports ' +
      'counts, storing and sending nothing.',
  })
  @ApiAcceptedResponse({ type: RunDto.Output })
  @ApiErrors(400, 403)
  async start(@Body() body: StartRunBody, @CurrentPrincipal() principal: Principal): Promise<RunView> {
    const run = await this.startRun.execute({
      week: body.week,
      dryRun: body.dryRun,
      startedBy: principal.userId,
    });
    await this.queues.requestRun(run._id);
    return this.view(run);
  }

  @Get()
  @ApiOperation({ summary: 'The latest runs, newest first' })
  @ApiOkResponse({ type: RunListDto.Output })
  @ApiErrors(403)
  async recent(): Promise<{ items: RunView[] }> {
    const runs = await this.runs.recent(20);
    return { items: await Promise.all(runs.map((run) => this.view(run))) };
  }

  @Get('schedule')
  @ApiOperation({ summary: 'When the weekly run fires next' })
  @ApiOkResponse({ type: ScheduleDto.Output })
  @ApiErrors(403)
  async schedule() {
    const schedule = await this.queues.schedule();
    if (!schedule) throw new NotFoundError('no weekly schedule is registered');
    return { ...schedule, next: schedule.next?.toISOString() ?? null };
  }

  @Get(':runId')
  @ApiOperation({ summary: "A run's progress: veterans done of the total, by outcome, and failures" })
  @ApiOkResponse({ type: RunDto.Output })
  @ApiErrors(400, 403, 404)
  async one(@Param() params: RunIdParams): Promise<RunView> {
    return this.view(await this.found(params.runId));
  }

  @Get(':runId/failed')
  @ApiOperation({ summary: 'Veterans whose digest failed after every retry, a page at a time' })
  @ApiOkResponse({ type: FailedPageDto.Output })
  @ApiErrors(400, 403, 404)
  async failed(@Param() params: RunIdParams, @Query() query: FailedPageQuery) {
    await this.found(params.runId);
    const page = await this.progress.failed(params.runId, query.cursor);
    return { items: page.veterans, next: page.next };
  }

  @Post(':runId/failed/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put every failed digest of the run back in the queue (each still at most once)' })
  @ApiOkResponse({ type: RetriedDto.Output })
  @ApiErrors(400, 403, 404)
  async retryFailed(@Param() params: RunIdParams): Promise<{ retried: number }> {
    await this.found(params.runId);
    return { retried: await this.retryFailedDigests.execute(params.runId) };
  }

  private async found(runId: string): Promise<RunRecord> {
    const run = await this.runs.find(runId);
    if (!run) throw new NotFoundError(`no run ${runId}`);
    return run;
  }

  private async view(run: RunRecord): Promise<RunView> {
    return toRunView(run, await this.progress.counts(run._id));
  }
}

import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiErrors, createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { RunIdParams } from '../courses/course.dto';
import { runViewSchema, toRunView } from '../courses/course.view';
import { CancelRunBody } from './enrolment.dto';
import { CancelRun } from './use-cases/cancel-run';

const runCancelledSchema = z.object({
  run: runViewSchema,
  /** Seats and places in line cancelled by this request. */
  cancelledEnrolments: z.number().int(),
});
export class RunCancelledDto extends createZodDto(runCancelledSchema) {}

/** What an officer changes of a run once veterans enrol in it: here its cancellation. */
@ApiTags('runs')
@ApiBearerAuth()
@Controller('trainings/runs')
export class RunChangesController {
  constructor(
    private readonly cancelRun: CancelRun,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':runId/cancellation')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({
    summary:
      'Cancel a run before it starts (officers): every seat and place in line is cancelled once (trainings.enrolment-cancelled), new enrolments are refused',
  })
  @ApiOkResponse({ type: RunCancelledDto })
  @ApiErrors(
    400,
    403,
    [404, 'no course run has this id'],
    [409, 'the run started, was already cancelled, or is being cancelled by another request'],
  )
  async cancel(
    @CurrentPrincipal() officer: Principal,
    @Param() params: RunIdParams,
    @Body() body: CancelRunBody,
  ): Promise<z.infer<typeof runCancelledSchema>> {
    const { run, cancelledEnrolments } = await this.cancelRun.execute(officer, params.runId, body.reason);
    return { run: toRunView(run, this.clock.now()), cancelledEnrolments };
  }
}

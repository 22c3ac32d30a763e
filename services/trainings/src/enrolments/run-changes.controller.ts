import { Body, Controller, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiErrors, createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { RunIdParams } from '../courses/course.dto';
import { runViewSchema, toRunView } from '../courses/course.view';
import { CancelRunBody, ChangeCapacityBody } from './enrolment.dto';
import { CancelRun } from './use-cases/cancel-run';
import { ChangeCapacity } from './use-cases/change-capacity';

const runCancelledSchema = z.object({
  run: runViewSchema,
  /** Seats and places in line cancelled by this request. */
  cancelledEnrolments: z.number().int(),
});
export class RunCancelledDto extends createZodDto(runCancelledSchema) {}

const capacityChangedSchema = z.object({
  run: runViewSchema,
  /** Veterans holding a seat after the change. */
  seated: z.number().int(),
  /** Moved up from the line into the new seats by this request. */
  promoted: z.number().int(),
});
export class CapacityChangedDto extends createZodDto(capacityChangedSchema) {}

/**
 * What an officer, or staff of the run's training provider, changes of a run once veterans enrol in it: its
 * capacity, or its cancellation. Another provider's run: 403.
 */
@ApiTags('runs')
@ApiBearerAuth()
@Controller('trainings/runs')
export class RunChangesController {
  constructor(
    private readonly cancelRun: CancelRun,
    private readonly changeCapacity: ChangeCapacity,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':runId/cancellation')
  @HttpCode(200)
  @Roles('officer', 'training-provider')
  @ApiOperation({
    summary:
      'Cancel a run before it starts (officers, or staff of its training provider): every seat and place in line is cancelled once (trainings.enrolment-cancelled), new enrolments are refused',
  })
  @ApiOkResponse({ type: RunCancelledDto })
  @ApiErrors(
    400,
    [403, 'not an officer, or the run is another training provider’s'],
    [404, 'no course run has this id'],
    [409, 'the run started, was already cancelled, or is being cancelled by another request'],
  )
  async cancel(
    @CurrentPrincipal() caller: Principal,
    @Param() params: RunIdParams,
    @Body() body: CancelRunBody,
  ): Promise<z.infer<typeof runCancelledSchema>> {
    const { run, cancelledEnrolments } = await this.cancelRun.execute(caller, params.runId, body.reason);
    return { run: toRunView(run, this.clock.now()), cancelledEnrolments };
  }

  @Put(':runId/capacity')
  @Roles('officer', 'training-provider')
  @ApiOperation({
    summary:
      'Change a run’s capacity before it starts (officers, or staff of its training provider): raised, the first in line take the new seats in order; never below the seats held',
  })
  @ApiOkResponse({ type: CapacityChangedDto })
  @ApiErrors(
    400,
    [403, 'not an officer, or the run is another training provider’s'],
    [404, 'no course run has this id'],
    [409, 'below the seats held (the message says how many), the run started, or it was cancelled'],
  )
  async capacity(
    @CurrentPrincipal() caller: Principal,
    @Param() params: RunIdParams,
    @Body() body: ChangeCapacityBody,
  ): Promise<z.infer<typeof capacityChangedSchema>> {
    const { run, seated, promoted } = await this.changeCapacity.execute(caller, params.runId, body.capacity);
    return { run: toRunView(run, this.clock.now()), seated, promoted };
  }
}

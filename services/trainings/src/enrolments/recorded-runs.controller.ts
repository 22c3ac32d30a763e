import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiErrors, createZodDto, Idempotent } from '@vetlink/http';
import { z } from 'zod';
import { CourseIdParams } from '../courses/course.dto';
import { runViewSchema, toRunView } from '../courses/course.view';
import { RecordHeldRunBody } from './enrolment.dto';
import { enrolmentViewSchema, toEnrolmentView } from './enrolment.view';
import { RecordHeldRun } from './use-cases/record-held-run';

const recordedRunSchema = z.object({
  run: runViewSchema,
  /** The roster's enrolments in the roster's order, each with its completion when recorded. */
  enrolments: z.array(enrolmentViewSchema),
});
export class RecordedRunDto extends createZodDto(recordedRunSchema) {}

/**
 * Runs held already or under way, recorded with their roster (a bureau that adopts vetlink brings the
 * courses it held, so that their completions count): officers, or staff of the course's provider.
 */
@ApiTags('runs')
@ApiBearerAuth()
@Controller('trainings/courses')
export class RecordedRunsController {
  constructor(
    private readonly recordHeldRun: RecordHeldRun,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':courseId/recorded-runs')
  @Idempotent()
  @Roles('officer', 'training-provider')
  @ApiOperation({
    summary:
      'Record a run that began today or before, with its roster and, once it has ended, each veteran’s completion (officers, or staff of the course’s training provider): trainings.run-published, a seat per veteran (trainings.enrolled) and trainings.course-completed once per completion; a repeat with the same reference changes nothing',
  })
  @ApiCreatedResponse({ type: RecordedRunDto })
  @ApiErrors(
    [
      400,
      'a field is wrong (named): a start after today, a run shorter than the course, a roster beyond the capacity or naming a veteran twice, a completion before the end',
    ],
    [403, 'not an officer, or the course is another training provider’s'],
    [404, 'no course has this id'],
    [
      409,
      'the reference names a run recorded with other dates or capacity, the seats left do not hold the veterans added, or a completion recorded otherwise',
    ],
  )
  async record(
    @CurrentPrincipal() recorder: Principal,
    @Param() params: CourseIdParams,
    @Body() body: RecordHeldRunBody,
  ): Promise<z.infer<typeof recordedRunSchema>> {
    const { run, enrolments } = await this.recordHeldRun.execute(recorder, params.courseId, body);
    return { run: toRunView(run, this.clock.now()), enrolments: enrolments.map(toEnrolmentView) };
  }
}

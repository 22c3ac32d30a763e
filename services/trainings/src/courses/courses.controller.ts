import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiErrors } from '@vetlink/http';
import { CourseIdParams, CoursesQuery, PublishCourseBody, PublishRunBody, RunIdParams } from './course.dto';
import {
  CoursePageDto,
  CoursePageView,
  CourseView,
  CourseViewDto,
  RunListDto,
  RunListView,
  RunView,
  RunViewDto,
  toCoursePageView,
  toCourseView,
  toRunView,
} from './course.view';
import { FindCourses } from './use-cases/find-courses';
import { PublishCourse } from './use-cases/publish-course';
import { PublishRun } from './use-cases/publish-run';

/**
 * The catalogue: officers publish courses; officers and the course's training provider (its staff) schedule
 * its runs; anyone signed in reads them.
 */
@ApiTags('courses')
@ApiBearerAuth()
@Controller('trainings')
export class CoursesController {
  constructor(
    private readonly publishCourse: PublishCourse,
    private readonly publishRun: PublishRun,
    private readonly find: FindCourses,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('courses')
  @Roles('officer')
  @ApiOperation({ summary: 'Add a course to the bureau’s catalogue (officers)' })
  @ApiCreatedResponse({ type: CourseViewDto })
  @ApiErrors(400, 403)
  async addCourse(
    @CurrentPrincipal() officer: Principal,
    @Body() body: PublishCourseBody,
  ): Promise<CourseView> {
    return toCourseView(await this.publishCourse.execute(officer, body));
  }

  @Get('courses')
  @ApiOperation({ summary: 'The catalogue, newest first; by city, skill taught or certificate awarded' })
  @ApiOkResponse({ type: CoursePageDto })
  @ApiErrors(400)
  async listCourses(@Query() query: CoursesQuery): Promise<CoursePageView> {
    const { limit, cursor, ...filter } = query;
    return toCoursePageView(await this.find.list(filter, limit, cursor));
  }

  @Get('courses/:courseId')
  @ApiOperation({ summary: 'One course' })
  @ApiOkResponse({ type: CourseViewDto })
  @ApiErrors(400, [404, 'no course has this id'])
  async course(@Param() params: CourseIdParams): Promise<CourseView> {
    return toCourseView(await this.find.course(params.courseId));
  }

  @Post('courses/:courseId/runs')
  @Roles('officer', 'training-provider')
  @ApiOperation({
    summary:
      'Schedule a run of a course: dates, capacity, enrolment window (officers, or staff of the course’s training provider); publishes trainings.run-published',
  })
  @ApiCreatedResponse({ type: RunViewDto })
  @ApiErrors(
    400,
    [403, 'not an officer, or the course is another training provider’s'],
    [404, 'no course has this id'],
  )
  async addRun(
    @CurrentPrincipal() publisher: Principal,
    @Param() params: CourseIdParams,
    @Body() body: PublishRunBody,
  ): Promise<RunView> {
    return toRunView(await this.publishRun.execute(publisher, params.courseId, body), this.clock.now());
  }

  @Get('courses/:courseId/runs')
  @ApiOperation({ summary: 'A course’s runs by start day' })
  @ApiOkResponse({ type: RunListDto })
  @ApiErrors(400, [404, 'no course has this id'])
  async runsOf(@Param() params: CourseIdParams): Promise<RunListView> {
    const now = this.clock.now();
    return { items: (await this.find.runsOf(params.courseId)).map((run) => toRunView(run, now)) };
  }

  @Get('runs/:runId')
  @ApiOperation({ summary: 'One course run' })
  @ApiOkResponse({ type: RunViewDto })
  @ApiErrors(400, [404, 'no course run has this id'])
  async run(@Param() params: RunIdParams): Promise<RunView> {
    return toRunView((await this.find.run(params.runId)).run, this.clock.now());
  }
}

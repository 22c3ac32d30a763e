import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { CourseQueryDto, CourseTableDto, TRAINING_DEFINITIONS } from './training-figures.dto';
import { ReadCourseFigures } from './use-cases/read-course-figures';

/** The training figures per course: the tallies' place keys cannot name a course, their course part can. */
@ApiTags('figures')
@ApiBearerAuth()
@Roles('officer')
@Controller('figures/trainings')
export class TrainingFiguresController {
  constructor(private readonly courses: ReadCourseFigures) {}

  @Get('courses')
  @ApiOperation({
    summary:
      'Training figures per course and city: runs, places, seats, waitlist, completions, hires after (officers)',
    description:
      '`from`/`to`: calendar days (Asia/Shanghai), both included, at most three years apart; `cityId`: one city. ' +
      'An officer of a city bureau (token organisation = the city id) sees that city only. A course with no ' +
      'event in the days asked has no row.',
  })
  @ApiOkResponse({ type: CourseTableDto.Output })
  @ApiErrors(400, 403)
  async table(@CurrentPrincipal() officer: Principal, @Query() asked: CourseQueryDto) {
    const { query, rows } = await this.courses.execute(officer, asked);
    return {
      from: query.from,
      to: query.to,
      cityId: query.cityId ?? null,
      definitions: TRAINING_DEFINITIONS,
      rows,
    };
  }
}

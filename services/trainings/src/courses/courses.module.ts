import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { COURSE_MODEL, courseSchema } from './course.schema';
import { CoursesController } from './courses.controller';
import { CoursesRepository } from './courses.repository';
import { RUN_MODEL, runSchema } from './run.schema';
import { RunsRepository } from './runs.repository';
import { FindCourses } from './use-cases/find-courses';
import { PublishCourse } from './use-cases/publish-course';
import { PublishRun } from './use-cases/publish-run';

/** Courses and their runs: nothing here names a veteran, so no privacy holder. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: COURSE_MODEL, schema: courseSchema },
      { name: RUN_MODEL, schema: runSchema },
    ]),
  ],
  controllers: [CoursesController],
  providers: [CoursesRepository, RunsRepository, PublishCourse, PublishRun, FindCourses],
  exports: [FindCourses, CoursesRepository, RunsRepository],
})
export class CoursesModule {}

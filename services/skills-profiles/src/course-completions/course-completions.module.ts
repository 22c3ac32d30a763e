import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { ProfilesModule } from '../profiles/profiles.module';
import { CourseCompletionsHandler } from './course-completions.handler';
import { CreditCourseCompletions } from './credit-course-completions';
import {
  PENDING_COURSE_COMPLETION_MODEL,
  pendingCourseCompletionSchema,
} from './pending-course-completion.schema';
import { PendingCourseCompletionsRepository } from './pending-course-completions.repository';

/**
 * Courses of the bureau the veteran completed (`trainings.course-completed`), credited to the profile.
 * Credited completions live on the profile itself (`courseCompletions`, erased with it); those waiting
 * for a profile are the `pendingCourseCompletions` section of the export, forgotten on erasure.
 */
@Module({
  imports: [
    ProfilesModule,
    MongooseModule.forFeature([
      { name: PENDING_COURSE_COMPLETION_MODEL, schema: pendingCourseCompletionSchema },
    ]),
  ],
  controllers: [CourseCompletionsHandler],
  providers: [
    PendingCourseCompletionsRepository,
    CreditCourseCompletions,
    veteranDocumentsProvider({ section: 'pendingCourseCompletions', model: PENDING_COURSE_COMPLETION_MODEL }),
  ],
})
export class CourseCompletionsModule {}

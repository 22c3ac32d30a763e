import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { CoursesModule } from '../courses/courses.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { ApplyJobEvents } from './apply-job-events';
import { ApplyProfileEvents } from './apply-profile-events';
import { JobEventsHandler } from './job-events.handler';
import { OpenJobsCache } from './open-jobs.cache';
import { ProfileEventsHandler } from './profile-events.handler';
import { SkillGapReadModel } from './read-model.repository';
import {
  JOB_STATE_MODEL,
  jobStateSchema,
  OPEN_JOB_MODEL,
  openJobSchema,
  VETERAN_VIEW_MODEL,
  veteranViewSchema,
} from './read-model.schema';
import { SkillGapsController } from './skill-gaps.controller';
import { SkillGapsWarmUp } from './skill-gaps-warm-up';
import { FindSkillGaps } from './use-cases/find-skill-gaps';

/** Skill gaps: a read model of open jobs and veterans from events, and the route that ranks courses. */
@Module({
  imports: [
    CoursesModule,
    EnrolmentsModule,
    MongooseModule.forFeature([
      { name: JOB_STATE_MODEL, schema: jobStateSchema },
      { name: OPEN_JOB_MODEL, schema: openJobSchema },
      { name: VETERAN_VIEW_MODEL, schema: veteranViewSchema },
    ]),
  ],
  controllers: [SkillGapsController, JobEventsHandler, ProfileEventsHandler],
  providers: [
    SkillGapReadModel,
    OpenJobsCache,
    ApplyJobEvents,
    ApplyProfileEvents,
    FindSkillGaps,
    SkillGapsWarmUp,
    // The veteran as scored is in their export, and forgotten on erasure.
    veteranDocumentsProvider({ section: 'skill-gap-profile', model: VETERAN_VIEW_MODEL, field: '_id' }),
  ],
})
export class SkillGapsModule {}

import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import {
  MENTOR_MODEL,
  MENTOR_VERIFICATION_MODEL,
  mentorSchema,
  mentorVerificationSchema,
} from './mentor.schema';
import { MentorsController } from './mentors.controller';
import { createSearchEngine } from '@vetlink/search';
import { MentorsSettings, SETTINGS } from '../settings.module';
import { MENTOR_SEARCH_ENGINE, MentorSearchIndex } from './mentor-search-index';
import { MentorsRepository } from './mentors.repository';
import { ApplyAsMentor } from './use-cases/apply-as-mentor';
import { ChangeMentorStatus } from './use-cases/change-mentor-status';
import { MentorAccess } from './use-cases/mentor-access';
import { UpdateMentorProfile } from './use-cases/update-mentor-profile';

/**
 * Mentors' profiles, from application through an officer's verification, suspension and reactivation,
 * and the mentors' search index (kept by the repository's writes).
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: MENTOR_MODEL, schema: mentorSchema },
      { name: MENTOR_VERIFICATION_MODEL, schema: mentorVerificationSchema },
    ]),
  ],
  controllers: [MentorsController],
  providers: [
    {
      provide: MENTOR_SEARCH_ENGINE,
      useFactory: (settings: MentorsSettings) => createSearchEngine(settings.search.engine),
      inject: [SETTINGS],
    },
    MentorSearchIndex,
    MentorsRepository,
    MentorAccess,
    ApplyAsMentor,
    UpdateMentorProfile,
    ChangeMentorStatus,
  ],
  exports: [MentorsRepository, MentorAccess, MentorSearchIndex],
})
export class MentorsModule {}

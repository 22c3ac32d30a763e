import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import {
  MENTOR_MODEL,
  MENTOR_VERIFICATION_MODEL,
  mentorSchema,
  mentorVerificationSchema,
} from './mentor.schema';
import { MentorsController } from './mentors.controller';
import { MentorsRepository } from './mentors.repository';
import { ApplyAsMentor } from './use-cases/apply-as-mentor';
import { ChangeMentorStatus } from './use-cases/change-mentor-status';
import { MentorAccess } from './use-cases/mentor-access';
import { UpdateMentorProfile } from './use-cases/update-mentor-profile';

/** Mentors' profiles, from application through an officer's verification, suspension and reactivation. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: MENTOR_MODEL, schema: mentorSchema },
      { name: MENTOR_VERIFICATION_MODEL, schema: mentorVerificationSchema },
    ]),
  ],
  controllers: [MentorsController],
  providers: [MentorsRepository, MentorAccess, ApplyAsMentor, UpdateMentorProfile, ChangeMentorStatus],
  exports: [MentorsRepository, MentorAccess],
})
export class MentorsModule {}

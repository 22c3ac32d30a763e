import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { KNOWN_MENTOR_MODEL, knownMentorSchema } from './known-mentor.schema';
import { KnownMentorsHandler } from './known-mentors.handler';
import { KnownMentorsRepository } from './known-mentors.repository';

/** Which mentors exist, as the mentors service announces them: milestones link to these. */
@Module({
  imports: [MongooseModule.forFeature([{ name: KNOWN_MENTOR_MODEL, schema: knownMentorSchema }])],
  controllers: [KnownMentorsHandler],
  providers: [KnownMentorsRepository],
  exports: [KnownMentorsRepository],
})
export class MentorsModule {}

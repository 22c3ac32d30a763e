import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { MentorsModule } from '../mentors/mentors.module';
import { MatchesController } from './matches.controller';
import { ProfileEventsHandler } from './profile-events.handler';
import { MentorsForMe } from './use-cases/mentors-for-me';
import { VETERAN_INTEREST_MODEL, veteranInterestSchema } from './veteran-interest.schema';
import { VeteranInterestsRepository } from './veteran-interests.repository';

/** "Mentors for me": a read model of veterans' profiles and a ranking with reasons. */
@Module({
  imports: [
    MentorsModule,
    MongooseModule.forFeature([{ name: VETERAN_INTEREST_MODEL, schema: veteranInterestSchema }]),
  ],
  controllers: [MatchesController, ProfileEventsHandler],
  providers: [
    VeteranInterestsRepository,
    MentorsForMe,
    veteranDocumentsProvider({ section: 'profile-interests', model: VETERAN_INTEREST_MODEL, field: '_id' }),
  ],
  // Sessions read a veteran's home city from it, to count each session in the veteran's city.
  exports: [VeteranInterestsRepository],
})
export class MatchesModule {}

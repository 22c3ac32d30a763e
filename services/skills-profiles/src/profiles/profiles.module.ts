import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MyProfileController } from './my-profile.controller';
import { PROFILE_MODEL, profileSchema } from './profile.schema';
import { ProfileWriter } from './profile-writer';
import { ProfilesController } from './profiles.controller';
import { ProfilesRepository } from './profiles.repository';
import { ChangeMyPreferences } from './use-cases/change-my-preferences';
import { FindProfiles } from './use-cases/find-profiles';
import { ReadProfile } from './use-cases/read-profile';
import { SaveMyProfile } from './use-cases/save-my-profile';
import { VerifySkill } from './use-cases/verify-skill';

@Module({
  imports: [MongooseModule.forFeature([{ name: PROFILE_MODEL, schema: profileSchema }])],
  controllers: [MyProfileController, ProfilesController],
  providers: [
    ProfilesRepository,
    ProfileWriter,
    SaveMyProfile,
    ChangeMyPreferences,
    VerifySkill,
    ReadProfile,
    FindProfiles,
  ],
  exports: [ReadProfile, ProfilesRepository, ProfileWriter],
})
export class ProfilesModule {}

import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { EraseMyProfile } from './erase-my-profile';
import { ErasureController } from './erasure.controller';
import { ProfileDataHolder } from './profile-data.holder';

@Module({
  imports: [ProfilesModule],
  controllers: [ErasureController],
  providers: [EraseMyProfile, ProfileDataHolder],
})
export class ErasureModule {}

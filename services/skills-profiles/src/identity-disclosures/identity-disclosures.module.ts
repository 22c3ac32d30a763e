import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ProfilesModule } from '../profiles/profiles.module';
import { DiscloseIdentity } from './disclose-identity';
import { IDENTITY_DISCLOSURE_MODEL, identityDisclosureSchema } from './identity-disclosure.schema';
import { IdentityDisclosuresController } from './identity-disclosures.controller';
import { IdentityDisclosuresRepository } from './identity-disclosures.repository';

@Module({
  imports: [
    ProfilesModule,
    MongooseModule.forFeature([{ name: IDENTITY_DISCLOSURE_MODEL, schema: identityDisclosureSchema }]),
  ],
  controllers: [IdentityDisclosuresController],
  providers: [IdentityDisclosuresRepository, DiscloseIdentity],
})
export class IdentityDisclosuresModule {}

import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '../accounts/accounts.module';
import {
  INVITATION_MODEL,
  INVITATION_USE_MODEL,
  invitationSchema,
  invitationUseSchema,
  ORGANISATION_MODEL,
  organisationSchema,
} from './organisation.schema';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { AcceptInvitation } from './use-cases/accept-invitation';
import { InviteMember } from './use-cases/invite-member';
import { ListInvitations } from './use-cases/list-invitations';
import { RegisterOrganisation } from './use-cases/register-organisation';

@Module({
  imports: [
    AccountsModule,
    MongooseModule.forFeature([
      { name: ORGANISATION_MODEL, schema: organisationSchema },
      { name: INVITATION_MODEL, schema: invitationSchema },
      { name: INVITATION_USE_MODEL, schema: invitationUseSchema },
    ]),
  ],
  controllers: [OrganisationsController],
  providers: [OrganisationsRepository, RegisterOrganisation, InviteMember, AcceptInvitation, ListInvitations],
})
export class OrganisationsModule {}

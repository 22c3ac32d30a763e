import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { CreatedAccountView, toCreatedAccountView } from '../accounts/accounts.controller';
import {
  AcceptInvitationBody,
  CreatedAccountDto,
  InvitationDto,
  InviteMemberBody,
  OrganisationDto,
  OrganisationIdParams,
  RegisterOrganisationBody,
} from '../accounts/account.dto';
import { contactOf } from '../accounts/contact';
import { AcceptInvitation } from './use-cases/accept-invitation';
import { InviteMember } from './use-cases/invite-member';
import { RegisterOrganisation } from './use-cases/register-organisation';

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(
    private readonly registerOrganisation: RegisterOrganisation,
    private readonly inviteMember: InviteMember,
    private readonly acceptInvitation: AcceptInvitation,
  ) {}

  @Public()
  @Post('organisations')
  @ApiOperation({
    summary:
      "An employer registers: the organisation and its administrator's account (then its profile in job-postings)",
  })
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiErrors(400, [409, 'an account with this e-mail address or mobile number exists already'])
  async register(@Body() body: RegisterOrganisationBody) {
    const { organisationId, admin } = await this.registerOrganisation.execute({
      organisationName: body.organisationName,
      login: contactOf(body),
      password: body.password,
    });
    return { organisationId, admin: toCreatedAccountView(admin) };
  }

  @Post('organisations/:organisationId/invitations')
  @Roles('employer')
  @ApiBearerAuth()
  @ApiOperation({
    summary: "The organisation's administrator invites a member; the answer holds the code to pass on",
  })
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiErrors(400, 403)
  async invite(
    @CurrentPrincipal() caller: Principal,
    @Param() params: OrganisationIdParams,
    @Body() body: InviteMemberBody,
  ) {
    const invitation = await this.inviteMember.execute(caller, params.organisationId, contactOf(body));
    return { ...invitation, expiresAt: invitation.expiresAt.toISOString() };
  }

  @Public()
  @Post('invitations/accept')
  @ApiOperation({ summary: 'An invited member accepts with the code and sets a password' })
  @ApiCreatedResponse({ type: CreatedAccountDto })
  @ApiErrors(
    400,
    [404, 'no invitation has this code'],
    [409, 'expired, accepted already, or the address has an account'],
  )
  async accept(@Body() body: AcceptInvitationBody): Promise<CreatedAccountView> {
    return toCreatedAccountView(await this.acceptInvitation.execute(body));
  }
}

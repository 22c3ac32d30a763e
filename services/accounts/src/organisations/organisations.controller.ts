import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { CreatedAccountView, toCreatedAccountView } from '../accounts/accounts.controller';
import {
  AcceptInvitationBody,
  CreatedAccountDto,
  InvitationDto,
  InvitationListDto,
  InviteMemberBody,
  OrganisationDto,
  OrganisationIdParams,
  RegisterOrganisationBody,
} from '../accounts/account.dto';
import { contactOf } from '../accounts/contact';
import { AcceptInvitation } from './use-cases/accept-invitation';
import { InviteMember } from './use-cases/invite-member';
import { ListInvitations } from './use-cases/list-invitations';
import { RegisterOrganisation } from './use-cases/register-organisation';

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(
    private readonly registerOrganisation: RegisterOrganisation,
    private readonly inviteMember: InviteMember,
    private readonly acceptInvitation: AcceptInvitation,
    private readonly listInvitations: ListInvitations,
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

  @Get('organisations/:organisationId/invitations')
  @Roles('employer')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "The organisation's latest 50 invitations, newest first: pending, accepted or expired (its administrator)",
  })
  @ApiOkResponse({ type: InvitationListDto.Output })
  @ApiErrors(400, 403)
  async invitations(@CurrentPrincipal() caller: Principal, @Param() params: OrganisationIdParams) {
    const items = await this.listInvitations.execute(caller, params.organisationId);
    return {
      items: items.map(({ createdAt, expiresAt, acceptedAt, ...item }) => ({
        ...item,
        createdAt: createdAt.toISOString(),
        expiresAt: expiresAt.toISOString(),
        ...(acceptedAt ? { acceptedAt: acceptedAt.toISOString() } : {}),
      })),
    };
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

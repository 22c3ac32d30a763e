import { Body, Controller, Headers, Patch, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import type { Response } from 'express';
import { ApiErrors, Idempotent } from '@vetlink/http';
import {
  JobSeekingStatusBody,
  NotificationPreferencesBody,
  PatchProfileBody,
  SaveProfileBody,
} from './profile.dto';
import { FullProfileDto, FullProfileView, toFullProfileView } from './profile.views';
import { ApiIfMatch, expectedRevisionFrom, setEtag } from './revision-header';
import { ChangeMyPreferences } from './use-cases/change-my-preferences';
import { SaveMyProfile } from './use-cases/save-my-profile';
import type { TermReport } from './domain/typed-terms';

/** What a veteran writes about themself. Reading is GET /profiles/me (see ProfilesController). */
@ApiTags('my profile')
@ApiBearerAuth()
@Roles('veteran')
@Controller('profiles/me')
export class MyProfileController {
  constructor(
    private readonly saveMyProfile: SaveMyProfile,
    private readonly changeMyPreferences: ChangeMyPreferences,
  ) {}

  @Put()
  @Idempotent()
  @ApiOperation({
    summary: 'Create or replace my whole profile',
    description:
      'Creates the profile the first time (201), replaces it afterwards (200). Sections left out are emptied, except ' +
      'jobSeekingStatus and notificationPreferences, which are kept. Writing the same content again changes nothing.',
  })
  @ApiIfMatch()
  @ApiCreatedResponse({ type: FullProfileDto.Output, description: 'created' })
  @ApiOkResponse({ type: FullProfileDto.Output, description: 'replaced (or unchanged)' })
  @ApiErrors(400, [403, 'only veterans have a profile'], 409)
  async save(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SaveProfileBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FullProfileView & { termResolution: TermReport }> {
    const { termResolution, ...command } = body;
    const { profile, created } = await this.saveMyProfile.replace(
      principal.userId,
      command,
      expectedRevisionFrom(ifMatch),
    );
    response.status(created ? 201 : 200);
    setEtag(response, profile.revision);
    return { ...toFullProfileView(profile), termResolution };
  }

  @Patch()
  @ApiOperation({
    summary: 'Change some sections of my profile (each section given replaces the stored one)',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: FullProfileDto.Output })
  @ApiErrors(400, 403, [404, 'no profile yet: create it with PUT'], 409)
  async patch(
    @CurrentPrincipal() principal: Principal,
    @Body() body: PatchProfileBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FullProfileView> {
    const { termResolution: _shownOnPut, ...changes } = body;
    const profile = await this.saveMyProfile.patch(principal.userId, changes, expectedRevisionFrom(ifMatch));
    setEtag(response, profile.revision);
    return toFullProfileView(profile);
  }

  @Patch('job-seeking-status')
  @ApiOperation({ summary: 'Say whether I am actively looking, open to offers, or employed' })
  @ApiOkResponse({ type: FullProfileDto.Output })
  @ApiErrors(400, 403, [404, 'no profile yet'], 409)
  async changeJobSeekingStatus(
    @CurrentPrincipal() principal: Principal,
    @Body() body: JobSeekingStatusBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FullProfileView> {
    const profile = await this.changeMyPreferences.jobSeekingStatus(principal.userId, body.status);
    setEtag(response, profile.revision);
    return toFullProfileView(profile);
  }

  @Patch('notification-preferences')
  @ApiOperation({
    summary:
      'Choose channels, the weekly digest and quiet hours (HH:mm, Asia/Shanghai); settings left out stay',
  })
  @ApiOkResponse({ type: FullProfileDto.Output })
  @ApiErrors(400, 403, [404, 'no profile yet'], 409)
  async changeNotificationPreferences(
    @CurrentPrincipal() principal: Principal,
    @Body() body: NotificationPreferencesBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FullProfileView> {
    const profile = await this.changeMyPreferences.notifications(principal.userId, body);
    setEtag(response, profile.revision);
    return toFullProfileView(profile);
  }
}

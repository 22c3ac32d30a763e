import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { TemplateRegistry } from '../templates/domain/template-registry';
import { ChangePreferencesBody, PreferencesDto, PreferencesView, toPreferencesView } from './preferences.dto';
import { UserPreferences } from './use-cases/user-preferences';

@ApiTags('notification preferences')
@ApiBearerAuth()
@Controller('preferences/me')
export class PreferencesController {
  constructor(
    private readonly preferences: UserPreferences,
    private readonly templates: TemplateRegistry,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My notification preferences (defaults until I or my profile set them)' })
  @ApiOkResponse({ type: PreferencesDto.Output })
  @ApiErrors()
  async mine(@CurrentPrincipal() principal: Principal): Promise<PreferencesView> {
    return toPreferencesView(await this.preferences.of(principal.userId), this.criticalTypes());
  }

  @Patch()
  @ApiOperation({
    summary:
      'Change my language, channels, categories, quiet hours (Asia/Shanghai) or daily cap of job pushes',
    description:
      'Settings left out stay. Quiet hours hold non-urgent messages until the window ends; critical messages ' +
      '(booking changes, loan decisions) are sent whatever is switched off. Channels, the weekly digest and quiet ' +
      'hours are also set from the profile (PATCH /profiles/me/notification-preferences in skills-profiles): the ' +
      'latest change wins.',
  })
  @ApiOkResponse({ type: PreferencesDto.Output })
  @ApiErrors(400)
  async change(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePreferencesBody,
  ): Promise<PreferencesView> {
    return toPreferencesView(await this.preferences.change(principal.userId, body), this.criticalTypes());
  }

  private criticalTypes(): string[] {
    return this.templates.types().filter((type) => this.templates.get(type).critical);
  }
}

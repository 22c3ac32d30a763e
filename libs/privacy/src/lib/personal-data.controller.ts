import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiErrors } from '@vetlink/http';
import type { Response } from 'express';
import { PRIVACY_SETTINGS, PrivacySettings } from './privacy-settings';
import { VeteranDataExport, VeteranDataRegistry } from './veteran-data-registry';

@ApiTags('personal data')
@ApiBearerAuth()
@Controller('personal-data')
export class PersonalDataController {
  constructor(
    private readonly registry: VeteranDataRegistry,
    @Inject(PRIVACY_SETTINGS) private readonly settings: PrivacySettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('me')
  @Roles('veteran')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Everything this service keeps about me, as a file (veterans; PIPL right of access)',
    description:
      'A JSON file with one section per kind of record. Each service answers for its own data; ' +
      'erasure is asked for at skills-profiles (`DELETE /profiles/me`) and reaches every service by event.',
  })
  @ApiOkResponse({
    description: 'The export, served as an attachment',
    schema: {
      type: 'object',
      required: ['service', 'veteranId', 'exportedAt', 'sections'],
      properties: {
        service: { type: 'string' },
        veteranId: { type: 'string' },
        exportedAt: { type: 'string', format: 'date-time' },
        sections: { type: 'object', additionalProperties: true },
      },
    },
  })
  @ApiErrors(403)
  async export(
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<VeteranDataExport> {
    const now = this.clock.now();
    const file = `vetlink-${this.settings.service}-personal-data-${now.toISOString().slice(0, 10)}.json`;
    response.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    return this.registry.exportFor(this.settings.service, principal.userId, now);
  }
}

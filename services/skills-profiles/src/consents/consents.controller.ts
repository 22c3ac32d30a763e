import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors, createZodDto } from '@vetlink/http';
import { NOTIFICATION_CHANNELS } from '@vetlink/contracts';
import { z } from 'zod';
import { ProfilesRepository } from '../profiles/profiles.repository';

const consentView = z.object({
  purpose: z.enum(['job-pushes', 'weekly-digest']),
  granted: z.boolean(),
  channels: z.array(z.enum(NOTIFICATION_CHANNELS)),
  at: z.iso.datetime(),
});

class ConsentLogDto extends createZodDto(z.object({ items: z.array(consentView) })) {}

@ApiTags('my profile')
@ApiBearerAuth()
@Roles('veteran')
@Controller('profiles/me/consents')
export class ConsentsController {
  constructor(private readonly profiles: ProfilesRepository) {}

  @Get()
  @ApiOperation({
    summary:
      'My consent decisions on pushes outside the inbox and the weekly digest, oldest first, with their time',
    description:
      'Each change of notification preferences that grants or withdraws one adds an entry; none is ever removed.',
  })
  @ApiOkResponse({ type: ConsentLogDto.Output })
  @ApiErrors(403)
  async list(@CurrentPrincipal() principal: Principal): Promise<z.infer<typeof ConsentLogDto.schema>> {
    const entries = await this.profiles.consentLog(principal.userId);
    return { items: entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })) };
  }
}

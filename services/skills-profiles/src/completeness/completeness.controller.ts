import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@vetlink/auth';
import { createZodDto, ForbiddenError } from '@vetlink/http';
import { z } from 'zod';
import { VeteranIdParams } from '../profiles/profile.dto';
import { ReadProfile } from '../profiles/use-cases/read-profile';
import { ApiErrors } from '@vetlink/http';
import { assessCompleteness, Completeness } from '@vetlink/profiles';

class CompletenessDto extends createZodDto(
  z
    .object({
      score: z.number().int().min(0).max(100),
      missing: z.array(
        z.object({
          item: z.string(),
          field: z.string(),
          points: z.number().int(),
          hint: z.object({ zh: z.string(), en: z.string() }),
        }),
      ),
    })
    .meta({ description: 'Profile completeness' }),
) {}

@ApiTags('profiles')
@ApiBearerAuth()
@Controller('profiles')
export class CompletenessController {
  constructor(private readonly readProfile: ReadProfile) {}

  @Get(':veteranId/completeness')
  @ApiOperation({
    summary:
      'How complete a profile is (0-100) and what to fill in next, most important first; `me` for my own',
    description:
      'For the veteran themself and officers (who follow up with veterans whose profiles are thin).',
  })
  @ApiOkResponse({ type: CompletenessDto.Output })
  @ApiErrors(400, [403, 'only the veteran themself and officers'], 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: VeteranIdParams,
  ): Promise<Completeness> {
    const { profile, access } = await this.readProfile.execute(principal, params.veteranId);
    if (access === 'masked')
      throw new ForbiddenError('only the veteran themself and officers see completeness');
    return assessCompleteness(profile);
  }
}

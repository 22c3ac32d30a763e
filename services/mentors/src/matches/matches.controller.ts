import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors, createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { toMentorView } from '../mentors/mentor.view';
import { MentorsForMe } from './use-cases/mentors-for-me';

class MatchesQuery extends createZodDto(
  z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
) {}

@ApiTags('finding a mentor')
@ApiBearerAuth()
@Controller('veterans/me/mentor-matches')
export class MatchesController {
  constructor(private readonly mentorsForMe: MentorsForMe) {}

  @Get()
  @Roles('veteran')
  @ApiOperation({
    summary: 'Mentors for me: ranked from my profile (occupations wanted, city, branch), with reasons',
  })
  @ApiErrors(400, 403, [404, 'no profile of the veteran has arrived yet'])
  async forMe(@CurrentPrincipal() principal: Principal, @Query() query: MatchesQuery) {
    const matches = await this.mentorsForMe.execute(principal, query.limit);
    return {
      items: matches.map((match) => ({
        mentor: toMentorView(match.mentor, principal),
        score: match.score,
        reasons: match.reasons,
      })),
    };
  }
}

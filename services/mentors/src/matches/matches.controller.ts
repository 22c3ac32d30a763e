import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors, createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { EXPERTISE } from '../mentors/domain/mentor';
import { mentorViewSchema, toMentorView } from '../mentors/mentor.view';
import { reasonText } from './domain/rank-mentors';
import { MentorsForMe } from './use-cases/mentors-for-me';

class MatchesQuery extends createZodDto(
  z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
) {}

const reasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('expertise'),
    expertise: z.enum(EXPERTISE),
    occupationId: z.string(),
    wanted: z.boolean().meta({ description: 'an occupation I want (else one my service suits)' }),
  }),
  z.object({ kind: z.literal('same-city'), cityId: z.string() }),
  z.object({ kind: z.literal('preferred-city'), cityId: z.string() }),
  z.object({ kind: z.literal('online') }),
  z.object({ kind: z.literal('same-branch'), branch: z.string() }),
  z.object({ kind: z.literal('rating'), average: z.number(), count: z.number().int() }),
]);

class MentorMatchesDto extends createZodDto(
  z.object({
    items: z.array(
      z.object({
        mentor: mentorViewSchema,
        score: z.number(),
        reasons: z.array(z.string()).meta({ description: 'why, in English' }),
        why: z.array(reasonSchema).meta({ description: 'why, as data for a client to word' }),
      }),
    ),
  }),
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
  @ApiOkResponse({ type: MentorMatchesDto.Output })
  @ApiErrors(400, 403, [404, 'no profile of the veteran has arrived yet'])
  async forMe(@CurrentPrincipal() principal: Principal, @Query() query: MatchesQuery) {
    const matches = await this.mentorsForMe.execute(principal, query.limit);
    return {
      items: matches.map((match) => ({
        mentor: toMentorView(match.mentor, principal),
        score: match.score,
        reasons: match.reasons.map(reasonText),
        why: match.reasons,
      })),
    };
  }
}

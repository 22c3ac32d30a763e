import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import {
  BookSessionBody,
  CancelSessionBody,
  ListSessionsQuery,
  OutcomeBody,
  PrivateNotesBody,
  RatingBody,
  RescheduleSessionBody,
  SessionIdParams,
  VeteranIdParams,
} from './session.dto';
import { SessionListDto, SessionView, SessionViewDto, toSessionView } from './session.view';
import { BookSession } from './use-cases/book-session';
import { CancelSession } from './use-cases/cancel-session';
import { FindSessions } from './use-cases/find-sessions';
import { KeepPrivateNotes } from './use-cases/keep-private-notes';
import { RateSession } from './use-cases/rate-session';
import { RecordOutcome } from './use-cases/record-outcome';
import { RescheduleSession } from './use-cases/reschedule-session';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller()
export class SessionsController {
  constructor(
    private readonly bookSession: BookSession,
    private readonly cancelSession: CancelSession,
    private readonly rescheduleSession: RescheduleSession,
    private readonly recordOutcome: RecordOutcome,
    private readonly keepPrivateNotes: KeepPrivateNotes,
    private readonly rateSession: RateSession,
    private readonly findSessions: FindSessions,
  ) {}

  @Post('sessions')
  @Roles('veteran')
  @ApiOperation({
    summary: 'Book a free slot with a verified mentor (never overlapping their or your other sessions)',
  })
  @ApiCreatedResponse({ type: SessionViewDto })
  @ApiErrors(
    [400, 'the time is in the past, within the notice, beyond the horizon or outside availability (named)'],
    [403, 'not a veteran, or booking for another veteran'],
    404,
    [409, 'the time is taken, a cap is reached, or the mentor is not verified'],
  )
  async book(@CurrentPrincipal() principal: Principal, @Body() body: BookSessionBody): Promise<SessionView> {
    return toSessionView(await this.bookSession.execute(principal, body), principal);
  }

  @Get('sessions')
  @ApiOperation({ summary: 'Sessions: your own (veterans, mentors), or any by mentor or veteran (officers)' })
  @ApiOkResponse({ type: SessionListDto })
  @ApiErrors(400)
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListSessionsQuery) {
    const sessions = await this.findSessions.list(principal, {
      ...query,
      upcoming: query.upcoming === 'true',
    });
    return { items: sessions.map((session) => toSessionView(session, principal)) };
  }

  @Get('sessions/:sessionId')
  @ApiOperation({ summary: 'One session (its veteran, its mentor, officers)' })
  @ApiOkResponse({ type: SessionViewDto })
  @ApiErrors(400, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SessionIdParams,
  ): Promise<SessionView> {
    return toSessionView(await this.findSessions.one(principal, params.sessionId), principal);
  }

  @Get('sessions/:sessionId/calendar.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/calendar')
  @ApiOperation({
    summary:
      'The booking as an iCalendar file (METHOD:REQUEST, or CANCEL once cancelled; stable UID, SEQUENCE)',
  })
  @ApiOkResponse({ description: 'RFC 5545 calendar', schema: { type: 'string' } })
  @ApiErrors(400, 404)
  calendar(@CurrentPrincipal() principal: Principal, @Param() params: SessionIdParams): Promise<string> {
    return this.findSessions.calendar(principal, params.sessionId);
  }

  @Post('sessions/:sessionId/cancellation')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Cancel (veterans until the cut-off; mentors any time with a reason; officers): the time is free at once',
  })
  @ApiOkResponse({ type: SessionViewDto })
  @ApiErrors(400, 404, [409, 'not booked, over, past the cut-off, or changed meanwhile'])
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SessionIdParams,
    @Body() body: CancelSessionBody,
  ): Promise<SessionView> {
    return toSessionView(
      await this.cancelSession.execute(principal, params.sessionId, body.reason),
      principal,
    );
  }

  @Post('sessions/:sessionId/reschedule')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move to another free time (the new time is held before the old is released)' })
  @ApiOkResponse({ type: SessionViewDto })
  @ApiErrors(400, 404, [409, 'the new time is taken, the session is not booked, or past the cut-off'])
  async reschedule(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SessionIdParams,
    @Body() body: RescheduleSessionBody,
  ): Promise<SessionView> {
    return toSessionView(
      await this.rescheduleSession.execute(principal, params.sessionId, body.start),
      principal,
    );
  }

  @Post('sessions/:sessionId/outcome')
  @HttpCode(200)
  @Roles('mentor', 'officer')
  @ApiOperation({ summary: 'Record that the session was held, or that the veteran did not come (no-show)' })
  @ApiOkResponse({ type: SessionViewDto })
  @ApiErrors(400, 403, 404, [409, 'not started yet, or already recorded'])
  async outcome(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SessionIdParams,
    @Body() body: OutcomeBody,
  ): Promise<SessionView> {
    return toSessionView(
      await this.recordOutcome.execute(principal, params.sessionId, body.outcome),
      principal,
    );
  }

  @Put('sessions/:sessionId/private-notes')
  @Roles('mentor', 'officer')
  @ApiOperation({ summary: "The mentor's private notes (read only by the mentor and officers)" })
  @ApiOkResponse({ type: SessionViewDto })
  @ApiErrors(400, 403, 404)
  async notes(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SessionIdParams,
    @Body() body: PrivateNotesBody,
  ): Promise<SessionView> {
    return toSessionView(
      await this.keepPrivateNotes.execute(principal, params.sessionId, body.text),
      principal,
    );
  }

  @Post('sessions/:sessionId/rating')
  @Roles('veteran')
  @ApiOperation({ summary: 'Rate a held session 1-5 with a comment, once' })
  @ApiCreatedResponse({ type: SessionViewDto })
  @ApiErrors(400, 403, 404, [409, 'already rated, or not held'])
  async rate(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SessionIdParams,
    @Body() body: RatingBody,
  ): Promise<SessionView> {
    return toSessionView(
      await this.rateSession.execute(principal, params.sessionId, body.stars, body.comment),
      principal,
    );
  }

  @Get('veterans/:veteranId/attendance')
  @Roles('officer')
  @ApiOperation({ summary: "A veteran's held sessions and no-shows (officers)" })
  @ApiErrors(400, 403)
  attendance(@Param() params: VeteranIdParams) {
    return this.findSessions.attendanceOf(params.veteranId);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { buildIcs, mentoringSessionInvite } from '@vetlink/calendar';
import { Clock, CLOCK } from '@vetlink/clock';
import { MentorsSettings, SETTINGS } from '../../settings.module';
import { Session, SessionStatus } from '../domain/session';
import { SessionsRepository } from '../sessions.repository';
import { SessionAccess } from './session-access';

export interface SessionQuery {
  mentorId?: string;
  veteranId?: string;
  status?: SessionStatus;
  upcoming?: boolean;
  limit: number;
}

/** Sessions as their participants see them, and each booking as a calendar file. */
@Injectable()
export class FindSessions {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly access: SessionAccess,
    @Inject(SETTINGS) private readonly settings: MentorsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async one(viewer: Principal, sessionId: string): Promise<Session> {
    return (await this.access.participantOf(viewer, sessionId)).session;
  }

  /** Veterans see their own, mentors theirs; officers any, by mentor or veteran. */
  async list(viewer: Principal, query: SessionQuery): Promise<Session[]> {
    const filter = {
      mentorId: viewer.role === 'mentor' ? viewer.userId : query.mentorId,
      veteranId: viewer.role === 'veteran' ? viewer.userId : query.veteranId,
      status: query.status,
      from: query.upcoming ? this.clock.now() : undefined,
    };
    return this.sessions.list(filter, query.limit);
  }

  async calendar(viewer: Principal, sessionId: string): Promise<string> {
    const session = await this.one(viewer, sessionId);
    return buildIcs(
      mentoringSessionInvite(
        {
          sessionId: session.id,
          sequence: session.sequence,
          cancelled: session.status === 'cancelled',
          start: session.start,
          end: session.end,
          changedAt: session.updatedAt,
          topic: session.topic,
          mentorName: session.mentorName,
          ...(session.note ? { note: session.note } : {}),
          ...(session.address ? { address: session.address } : {}),
          ...(session.meetingLink ? { meetingLink: session.meetingLink } : {}),
        },
        this.settings.ics,
      ),
    );
  }

  /** How often a veteran held or missed sessions (officers watch repeated no-shows). */
  async attendanceOf(veteranId: string): Promise<{ veteranId: string; held: number; noShows: number }> {
    const sessions = await this.sessions.ofVeteran(veteranId);
    return {
      veteranId,
      held: sessions.filter((session) => session.status === 'held').length,
      noShows: sessions.filter((session) => session.status === 'no-show').length,
    };
  }
}

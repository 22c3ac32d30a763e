import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { ForbiddenError, NotFoundError } from '@vetlink/http';
import { Session, SessionActor } from '../domain/session';
import { SessionsRepository } from '../sessions.repository';

/** A session is the business of its veteran, its mentor and officers; to anyone else it does not exist. */
@Injectable()
export class SessionAccess {
  constructor(private readonly sessions: SessionsRepository) {}

  async participantOf(
    viewer: Principal,
    sessionId: string,
  ): Promise<{ session: Session; actor: SessionActor }> {
    const session = await this.sessions.findById(sessionId);
    const actor = session ? actorOf(viewer, session) : undefined;
    if (!session || !actor) throw new NotFoundError(`session ${sessionId} not found`);
    return { session, actor };
  }

  /** For the session's mentor and officers only (outcome, private notes). */
  async mentorSideOf(viewer: Principal, sessionId: string): Promise<Session> {
    const { session, actor } = await this.participantOf(viewer, sessionId);
    if (actor === 'veteran') throw new ForbiddenError("only the session's mentor and officers may do this");
    return session;
  }
}

export function actorOf(
  viewer: Principal,
  session: Pick<Session, 'mentorId' | 'veteranId'>,
): SessionActor | undefined {
  if (viewer.role === 'officer') return 'officer';
  if (viewer.role === 'mentor' && viewer.userId === session.mentorId) return 'mentor';
  if (viewer.role === 'veteran' && viewer.userId === session.veteranId) return 'veteran';
  return undefined;
}

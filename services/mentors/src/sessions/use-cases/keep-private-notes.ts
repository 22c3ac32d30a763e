import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { NotFoundError } from '@vetlink/http';
import { Session } from '../domain/session';
import { SessionsRepository } from '../sessions.repository';
import { SessionAccess } from './session-access';

/** The mentor's own notes on a session; only the mentor and officers ever read them. */
@Injectable()
export class KeepPrivateNotes {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly access: SessionAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(viewer: Principal, sessionId: string, text: string): Promise<Session> {
    await this.access.mentorSideOf(viewer, sessionId);
    const updated = await this.sessions.annotate(sessionId, {
      $set: { privateNotes: text, updatedAt: this.clock.now() },
    });
    if (!updated) throw new NotFoundError(`session ${sessionId} not found`);
    return updated;
  }
}

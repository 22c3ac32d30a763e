import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { sessionCompleted } from '@vetlink/contracts';
import { InvalidStateError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { MentorsSettings, SETTINGS } from '../../settings.module';
import { ClaimsRepository } from '../claims.repository';
import { isUpcomingOnlyClaim } from '../domain/claim-release';
import { Session } from '../domain/session';
import { completedPayload } from '../domain/session-events';
import { SessionChangesRepository } from '../session-changes.repository';
import { SessionsRepository } from '../sessions.repository';
import { changedMeanwhile } from './change-refusals';
import { SessionAccess } from './session-access';

/**
 * Once the session has started, its mentor (or an officer) records that it was held or that the veteran
 * did not come. The veteran's places among their upcoming sessions are given back; the mentor's time
 * and daily/weekly places stay (the session happened, or was reserved).
 */
@Injectable()
export class RecordOutcome {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly access: SessionAccess,
    private readonly changes: SessionChangesRepository,
    private readonly claims: ClaimsRepository,
    @Inject(SETTINGS) private readonly settings: MentorsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(viewer: Principal, sessionId: string, outcome: 'held' | 'no-show'): Promise<Session> {
    const session = await this.access.mentorSideOf(viewer, sessionId);
    const now = this.clock.now();
    if (session.status !== 'booked')
      throw new InvalidStateError(`the session is ${session.status}: its outcome is recorded once`);
    if (session.start.getTime() > now.getTime())
      throw new InvalidStateError(`the session starts at ${session.start.toISOString()}: record it after`);
    if (!(await this.changes.takeChange(session.id, session.sequence, now, this.settings.claimGraceMs)))
      throw changedMeanwhile();
    const released = session.claimIds.filter(isUpcomingOnlyClaim);
    const claimIds = session.claimIds.filter((id) => !isUpcomingOnlyClaim(id));
    const after: Session = { ...session, status: outcome, claimIds, sequence: session.sequence + 1 };
    const event = pendingEvent(
      sessionCompleted,
      completedPayload(after, outcome, now),
      eventOrigin(SERVICE_NAME, now),
    );
    const done = await this.sessions.change(session, { status: outcome, claimIds, updatedAt: now }, [event]);
    if (!done) throw changedMeanwhile();
    await this.claims.release(released, session.id);
    return done;
  }
}

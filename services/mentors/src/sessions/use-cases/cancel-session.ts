import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { sessionCancelled } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { MentorsSettings, SETTINGS } from '../../settings.module';
import { ClaimsRepository } from '../claims.repository';
import { refuseChange } from '../domain/cut-off';
import { Session } from '../domain/session';
import { cancelledPayload } from '../domain/session-events';
import { SessionChangesRepository } from '../session-changes.repository';
import { SessionReminders } from '../session-reminders';
import { SessionsRepository } from '../sessions.repository';
import { changedMeanwhile, changeRefused } from './change-refusals';
import { SessionAccess } from './session-access';

/**
 * The veteran (before the cut-off), the mentor (with a reason) or an officer cancels. The session is
 * marked cancelled with its event first, then its claims go (the time is bookable at once) and its
 * reminders are removed; a crash between leaves claims the sweep removes and reminders that find the
 * session cancelled and send nothing.
 */
@Injectable()
export class CancelSession {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly access: SessionAccess,
    private readonly changes: SessionChangesRepository,
    private readonly claims: ClaimsRepository,
    private readonly reminders: SessionReminders,
    @Inject(SETTINGS) private readonly settings: MentorsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(viewer: Principal, sessionId: string, reason?: string): Promise<Session> {
    const { session, actor } = await this.access.participantOf(viewer, sessionId);
    const now = this.clock.now();
    const cutOffHours = this.settings.veteranCutOffHours;
    const refusal = refuseChange(session, actor, now, { cutOffHours, change: 'cancel', reason });
    if (refusal) throw changeRefused(refusal, session, cutOffHours);
    if (!(await this.changes.takeChange(session.id, session.sequence, now, this.settings.claimGraceMs)))
      throw changedMeanwhile();
    const after: Session = {
      ...session,
      status: 'cancelled',
      cancelledBy: actor,
      ...(reason ? { cancelReason: reason } : {}),
      claimIds: [],
      sequence: session.sequence + 1,
      updatedAt: now,
    };
    const event = pendingEvent(
      sessionCancelled,
      cancelledPayload(after, actor, now, reason),
      eventOrigin(SERVICE_NAME, now),
    );
    const cancelled = await this.sessions.change(
      session,
      {
        status: 'cancelled',
        cancelledBy: actor,
        ...(reason ? { cancelReason: reason } : {}),
        claimIds: [],
        updatedAt: now,
      },
      [event],
    );
    if (!cancelled) throw changedMeanwhile();
    await this.claims.release(session.claimIds, session.id);
    await this.reminders.unschedule(session);
    return cancelled;
  }
}

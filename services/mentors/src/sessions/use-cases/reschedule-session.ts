import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { sessionRescheduled } from '@vetlink/contracts';
import { ConflictError, InvalidInputError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { blockedTime } from '../../availability/domain/slots';
import { MINUTE_MS } from '../../availability/domain/shanghai';
import { SERVICE_NAME } from '../../service-name';
import { MentorsSettings, SETTINGS } from '../../settings.module';
import { ClaimsRepository } from '../claims.repository';
import { isUpcomingOnlyClaim, releaseAfterOf } from '../domain/claim-release';
import { claimPlan, reschedulePlan } from '../domain/claims';
import { refuseChange } from '../domain/cut-off';
import { Session } from '../domain/session';
import { rescheduledPayload } from '../domain/session-events';
import { SessionChangesRepository } from '../session-changes.repository';
import { SessionReminders } from '../session-reminders';
import { SessionsRepository } from '../sessions.repository';
import { BookableTime } from './bookable-time';
import { changedMeanwhile, changeRefused } from './change-refusals';
import { ClaimTime } from './claim-time';
import { SessionAccess } from './session-access';

/**
 * Moves a booked session. The new time is claimed while the old is still held (blocks both times share
 * are kept, as are the session's places among the veteran's upcoming ones), the session then moves with
 * its event, and only then is the old time released: at no moment is the session without a time, and a
 * refused new time leaves the old booking as it was.
 */
@Injectable()
export class RescheduleSession {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly access: SessionAccess,
    private readonly bookable: BookableTime,
    private readonly changes: SessionChangesRepository,
    private readonly claimTime: ClaimTime,
    private readonly claims: ClaimsRepository,
    private readonly reminders: SessionReminders,
    @Inject(SETTINGS) private readonly settings: MentorsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(viewer: Principal, sessionId: string, start: Date): Promise<Session> {
    const { session, actor } = await this.access.participantOf(viewer, sessionId);
    const now = this.clock.now();
    const cutOffHours = this.settings.veteranCutOffHours;
    const refusal = refuseChange(session, actor, now, { cutOffHours, change: 'reschedule' });
    if (refusal) throw changeRefused(refusal, session, cutOffHours);
    if (start.getTime() === session.start.getTime())
      throw new InvalidInputError([{ field: 'start', message: 'is the time the session already has' }]);
    const { rules } = await this.bookable.mentorAndRules(session.mentorId);
    const minutes = (session.end.getTime() - session.start.getTime()) / MINUTE_MS;
    this.bookable.assertOffered(rules, start, minutes, now);

    if (!(await this.changes.takeChange(session.id, session.sequence, now, this.settings.claimGraceMs)))
      throw changedMeanwhile();
    try {
      return await this.move(session, actor, start, minutes, rules, now);
    } catch (error) {
      await this.changes.giveBack(session.id, session.sequence);
      throw error;
    }
  }

  private async move(
    session: Session,
    actor: 'veteran' | 'mentor' | 'officer',
    start: Date,
    minutes: number,
    rules: Awaited<ReturnType<BookableTime['mentorAndRules']>>['rules'],
    now: Date,
  ): Promise<Session> {
    const end = new Date(start.getTime() + minutes * MINUTE_MS);
    const busy = blockedTime(rules, start, minutes);
    const plan = reschedulePlan(
      session.claimIds,
      claimPlan({
        mentorId: session.mentorId,
        veteranId: session.veteranId,
        start,
        end,
        ...busy,
        limits: {
          upcomingPerVeteran: this.settings.upcomingPerVeteran,
          maxPerDay: rules.maxPerDay,
          maxPerWeek: rules.maxPerWeek,
        },
      }),
    );
    const claimed = await this.claimTime.claim({
      sessionId: session.id,
      exact: plan.claimExact,
      capacities: plan.claimCapacities,
      session: { end, blockedUntil: busy.blockedUntil },
      now,
    });
    const moved: Session = {
      ...session,
      start,
      end,
      ...busy,
      claimIds: [...plan.keep, ...claimed],
      sequence: session.sequence + 1,
      updatedAt: now,
    };
    let changed: Session | undefined;
    try {
      await this.reminders.schedule(moved);
      const event = pendingEvent(
        sessionRescheduled,
        rescheduledPayload(moved, session, actor, now),
        eventOrigin(SERVICE_NAME, now),
      );
      changed = await this.sessions.change(
        session,
        { start, end, ...busy, claimIds: moved.claimIds, updatedAt: now },
        [event],
      );
    } finally {
      if (!changed) {
        await this.claimTime.release(claimed, session.id);
        await this.reminders.unschedule(moved);
      }
    }
    if (!changed) throw new ConflictError('the session changed meanwhile; read it again');
    // The places kept from the old time now last until the new end.
    const keptUpcoming = plan.keep.filter(isUpcomingOnlyClaim);
    await this.claims.setReleaseAfter(keptUpcoming, releaseAfterOf(moved, { upcomingOnly: true }));
    await this.claims.release(plan.release, session.id);
    await this.reminders.unschedule(session);
    return changed;
  }
}

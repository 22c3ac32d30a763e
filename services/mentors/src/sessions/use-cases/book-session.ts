import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { SessionMode, sessionBooked } from '@vetlink/contracts';
import { ForbiddenError, InvalidInputError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { blockedTime } from '../../availability/domain/slots';
import { MINUTE_MS } from '../../availability/domain/shanghai';
import { VeteranInterestsRepository } from '../../matches/veteran-interests.repository';
import { SERVICE_NAME } from '../../service-name';
import { MentorsSettings, SETTINGS } from '../../settings.module';
import { claimPlan } from '../domain/claims';
import { Session } from '../domain/session';
import { sessionCityOf } from '../domain/session-city';
import { bookedPayload } from '../domain/session-events';
import { SessionReminders } from '../session-reminders';
import { SessionsRepository } from '../sessions.repository';
import { BookableTime } from './bookable-time';
import { ClaimTime } from './claim-time';

export interface BookSessionCommand {
  mentorId: string;
  start: Date;
  minutes?: number;
  mode?: SessionMode;
  topic: string;
  note?: string;
  /** Only the caller themself; a booking for someone else is refused. */
  veteranId?: string;
}

/**
 * A veteran books a free slot. The rules are checked first (nothing is written when they refuse); then
 * the claims decide — on the mentor's blocks, the veteran's blocks, and the numbered places of every
 * cap — and only a booking that holds them all is written, with `mentors.session-booked`.
 */
@Injectable()
export class BookSession {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly bookable: BookableTime,
    private readonly claimTime: ClaimTime,
    private readonly reminders: SessionReminders,
    private readonly veterans: VeteranInterestsRepository,
    @Inject(SETTINGS) private readonly settings: MentorsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(veteran: Principal, command: BookSessionCommand): Promise<Session> {
    if (command.veteranId !== undefined && command.veteranId !== veteran.userId)
      throw new ForbiddenError('veterans book only for themselves (veteranId is not yours)');
    const { mentor, rules } = await this.bookable.mentorAndRules(command.mentorId);
    const now = this.clock.now();
    const minutes = command.minutes ?? rules.sessionMinutes[0];
    const mode = command.mode ?? mentor.modes[0];
    if (!mentor.modes.includes(mode))
      throw new InvalidInputError([
        { field: 'mode', message: `the mentor meets ${mentor.modes.join(' or ')}` },
      ]);
    this.bookable.assertOffered(rules, command.start, minutes, now);

    const cityId = sessionCityOf((await this.veterans.find(veteran.userId))?.cityId, mentor.cityId);
    const end = new Date(command.start.getTime() + minutes * MINUTE_MS);
    const busy = blockedTime(rules, command.start, minutes);
    const id = this.sessions.newId();
    const plan = claimPlan({
      mentorId: mentor.id,
      veteranId: veteran.userId,
      start: command.start,
      end,
      ...busy,
      limits: {
        upcomingPerVeteran: this.settings.upcomingPerVeteran,
        maxPerDay: rules.maxPerDay,
        maxPerWeek: rules.maxPerWeek,
      },
    });
    const claimIds = await this.claimTime.claim({
      sessionId: id,
      exact: plan.exact,
      capacities: plan.capacities,
      session: { end, blockedUntil: busy.blockedUntil },
      now,
    });
    const session: Session = {
      id,
      mentorId: mentor.id,
      mentorName: mentor.displayName,
      veteranId: veteran.userId,
      start: command.start,
      end,
      ...busy,
      mode,
      topic: command.topic,
      ...(command.note ? { note: command.note } : {}),
      ...(mode === 'online' && mentor.meetingLink ? { meetingLink: mentor.meetingLink } : {}),
      ...(mode === 'in-person' && mentor.address ? { address: mentor.address } : {}),
      ...(cityId ? { cityId } : {}),
      status: 'booked',
      sequence: 0,
      claimIds,
      remindedOffsets: [],
      bookedAt: now,
      updatedAt: now,
    };
    try {
      await this.reminders.schedule(session);
      await this.sessions.insert(session, [
        pendingEvent(sessionBooked, bookedPayload(session), eventOrigin(SERVICE_NAME, now)),
      ]);
    } catch (error) {
      await this.claimTime.release(claimIds, id);
      await this.reminders.unschedule(session);
      throw error;
    }
    return session;
  }
}

import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { PeriodicTasksModule } from '@vetlink/periodic-tasks';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { QueuesModule } from '@vetlink/queues';
import { AvailabilityModule } from '../availability/availability.module';
import { MatchesModule } from '../matches/matches.module';
import { MentorsModule } from '../mentors/mentors.module';
import { ClaimsRepository } from './claims.repository';
import { ClaimsSweepSchedule } from './claims-sweep.schedule';
import { RatingsRepository } from './ratings.repository';
import { ReminderHandler } from './reminder.handler';
import {
  CLAIM_MODEL,
  claimSchema,
  RATING_MODEL,
  ratingSchema,
  SESSION_CHANGE_MODEL,
  SESSION_MODEL,
  sessionChangeSchema,
  sessionSchema,
} from './session.schema';
import { SessionChangesRepository } from './session-changes.repository';
import { reminderQueue, SessionReminders } from './session-reminders';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { BookSession } from './use-cases/book-session';
import { BookableTime } from './use-cases/bookable-time';
import { CancelSession } from './use-cases/cancel-session';
import { ClaimTime } from './use-cases/claim-time';
import { FindSessions } from './use-cases/find-sessions';
import { KeepPrivateNotes } from './use-cases/keep-private-notes';
import { RateSession } from './use-cases/rate-session';
import { RecordOutcome } from './use-cases/record-outcome';
import { RescheduleSession } from './use-cases/reschedule-session';
import { SendReminder } from './use-cases/send-reminder';
import { SessionAccess } from './use-cases/session-access';
import { SweepClaims } from './use-cases/sweep-claims';
import { VeteranClaimsHolder, VeteranSessionsHolder } from './veteran-data.holders';

/** One-on-one sessions: booking by claims, changes, reminders, outcome, rating, calendar files. */
@Module({
  imports: [
    MentorsModule,
    AvailabilityModule,
    MatchesModule,
    PeriodicTasksModule,
    QueuesModule.registerQueue(reminderQueue),
    MongooseModule.forFeature([
      { name: SESSION_MODEL, schema: sessionSchema },
      { name: CLAIM_MODEL, schema: claimSchema },
      { name: SESSION_CHANGE_MODEL, schema: sessionChangeSchema },
      { name: RATING_MODEL, schema: ratingSchema },
    ]),
  ],
  controllers: [SessionsController],
  providers: [
    SessionsRepository,
    ClaimsRepository,
    SessionChangesRepository,
    RatingsRepository,
    SessionReminders,
    SessionAccess,
    BookableTime,
    ClaimTime,
    BookSession,
    CancelSession,
    RescheduleSession,
    RecordOutcome,
    KeepPrivateNotes,
    RateSession,
    FindSessions,
    SendReminder,
    ReminderHandler,
    SweepClaims,
    ClaimsSweepSchedule,
    VeteranSessionsHolder,
    VeteranClaimsHolder,
    veteranDocumentsProvider({ section: 'ratings', model: RATING_MODEL }),
  ],
  exports: [SessionsRepository, BookableTime, SessionReminders, SweepClaims],
})
export class SessionsModule {}

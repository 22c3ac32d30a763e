import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { NotificationsModule } from '../notifications/notifications.module';
import { IncubationNoticesHandler } from './incubation-notices.handler';
import { LoanNoticesHandler } from './loan-notices.handler';
import { MentorSessionNoticesHandler } from './mentor-session-notices.handler';
import { PROGRAMME_NOTICE_SETTINGS, programmeNoticeSettingsFrom } from './notice-settings';
import { SendProgrammeNotices } from './send-notices';
import { SESSION_STATE_MODEL, sessionStateSchema } from './sessions/session-state.schema';
import { SessionStatesRepository } from './sessions/session-states.repository';
import { TrainingNoticesHandler } from './training-notices.handler';

/**
 * The mentors, loans, incubators and trainings events into notices through `Notify`. Their handlers join the
 * service's consumer group (`notifications.notify`), which reads these topics from their start the first
 * time it subscribes: freshness rules (domain/freshness.ts) keep old events from making notices.
 */
@Module({
  imports: [
    NotificationsModule,
    MongooseModule.forFeature([{ name: SESSION_STATE_MODEL, schema: sessionStateSchema }]),
  ],
  controllers: [
    MentorSessionNoticesHandler,
    LoanNoticesHandler,
    IncubationNoticesHandler,
    TrainingNoticesHandler,
  ],
  providers: [
    { provide: PROGRAMME_NOTICE_SETTINGS, useFactory: () => programmeNoticeSettingsFrom(process.env) },
    SendProgrammeNotices,
    SessionStatesRepository,
  ],
})
export class ProgrammeNoticesModule {}

import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { QueuesModule } from '@vetlink/queues';
import type { TrainingsConfig } from '../config';
import { CoursesModule } from '../courses/courses.module';
import { ENROLMENT_MODEL, enrolmentSchema } from '../enrolments/enrolment.schema';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { RunReminderHandler } from './reminder.handler';
import { REMINDER_SETTINGS, ReminderSettings } from './reminder-settings';
import { RunReminders, runReminderQueue } from './run-reminders';
import { SENT_REMINDER_MODEL, sentReminderSchema } from './sent-reminder.schema';
import { SentRemindersRepository } from './sent-reminders.repository';
import { SendRunReminder } from './use-cases/send-run-reminder';

/**
 * Reminders before a run starts: queued by the enrolment use cases when a seat is taken (RunReminders,
 * global so that they need no import of this folder's module), removed on withdrawal, and sent as
 * `trainings.run-starting` when due. The enrolments are read through a repository of their own
 * collection (the same mongoose model), so this folder leans on enrolments/ and not the other way round.
 */
@Module({})
export class RemindersModule {
  static register(config: TrainingsConfig): DynamicModule {
    const settings: ReminderSettings = { offsets: config.service.RUN_REMINDERS };
    return {
      module: RemindersModule,
      global: true,
      imports: [
        CoursesModule,
        QueuesModule.registerQueue(runReminderQueue),
        MongooseModule.forFeature([
          { name: SENT_REMINDER_MODEL, schema: sentReminderSchema },
          { name: ENROLMENT_MODEL, schema: enrolmentSchema },
        ]),
      ],
      providers: [
        { provide: REMINDER_SETTINGS, useValue: settings },
        RunReminders,
        SentRemindersRepository,
        EnrolmentsRepository,
        SendRunReminder,
        RunReminderHandler,
      ],
      exports: [RunReminders],
    };
  }
}

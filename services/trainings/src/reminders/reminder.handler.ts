import { Injectable } from '@nestjs/common';
import { Job, ProcessJob } from '@vetlink/queues';
import type { ReminderJob } from './domain/reminder-schedule';
import { runReminderQueue } from './run-reminders';
import { SendRunReminder } from './use-cases/send-run-reminder';

/** Runs in processes of role `all` or `worker`. */
@Injectable()
export class RunReminderHandler {
  constructor(private readonly sendReminder: SendRunReminder) {}

  @ProcessJob(runReminderQueue, 'remind')
  remind(job: Job<ReminderJob>) {
    return this.sendReminder.execute(job.data);
  }
}

import { Injectable } from '@nestjs/common';
import { Job, ProcessJob } from '@vetlink/queues';
import { reminderQueue, ReminderJob } from './session-reminders';
import { SendReminder } from './use-cases/send-reminder';

/** Runs in processes of role `all` or `worker`. */
@Injectable()
export class ReminderHandler {
  constructor(private readonly sendReminder: SendReminder) {}

  @ProcessJob(reminderQueue, 'remind')
  remind(job: Job<ReminderJob>) {
    return this.sendReminder.execute(job.data);
  }
}

import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { DeliveryModule } from '../delivery/delivery.module';
import { InboxModule } from '../inbox/inbox.module';
import { NotifiedJobsModule } from '../notified-jobs/notified-jobs.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { TemplatesModule } from '../templates/templates.module';
import { DeliveryJobHandler } from './delivery-job.handler';
import { JobMatchedHandler } from './job-matched.handler';
import { NotificationsController } from './notifications.controller';
import { RecordsModule } from './records/records.module';
import { DeliverNotification } from './use-cases/deliver-notification';
import { Notify } from './use-cases/notify';
import { NotifyBatch } from './use-cases/notify-batch';
import { NotifyWeeklyDigest } from './use-cases/notify-weekly-digest';
import { WeeklyDigestReadyHandler } from './weekly-digest-ready.handler';

/**
 * A notification from its cause to its deliveries: the event handlers, Notify (decide, record, queue),
 * and the delivery job that carries out one attempt on one channel through the delivery module.
 */
@Module({
  imports: [
    RecordsModule,
    DeliveryModule,
    InboxModule,
    PreferencesModule,
    ContactsModule,
    NotifiedJobsModule,
    TemplatesModule,
  ],
  controllers: [NotificationsController, JobMatchedHandler, WeeklyDigestReadyHandler],
  providers: [Notify, NotifyBatch, NotifyWeeklyDigest, DeliverNotification, DeliveryJobHandler],
  exports: [Notify, NotifyWeeklyDigest],
})
export class NotificationsModule {}

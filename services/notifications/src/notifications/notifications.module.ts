import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { DeliveryModule } from '../delivery/delivery.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { NotifiedJobsModule } from '../notified-jobs/notified-jobs.module';
import { JobMatchedHandler } from './job-matched.handler';
import { NotificationsController } from './notifications.controller';
import { RecordsModule } from './records/records.module';
import { Notify } from './use-cases/notify';
import { NotifyWeeklyDigest } from './use-cases/notify-weekly-digest';
import { WeeklyDigestReadyHandler } from './weekly-digest-ready.handler';

@Module({
  imports: [RecordsModule, DeliveryModule, PreferencesModule, ContactsModule, NotifiedJobsModule],
  controllers: [NotificationsController, JobMatchedHandler, WeeklyDigestReadyHandler],
  providers: [Notify, NotifyWeeklyDigest],
  exports: [Notify, NotifyWeeklyDigest],
})
export class NotificationsModule {}

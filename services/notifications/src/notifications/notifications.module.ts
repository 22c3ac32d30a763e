import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { DeliveryModule } from '../delivery/delivery.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { ToldModule } from '../told/told.module';
import { NotificationsController } from './notifications.controller';
import { RecordsModule } from './records/records.module';
import { Notify } from './use-cases/notify';
import { NotifyWeeklyDigest } from './use-cases/notify-weekly-digest';

@Module({
  imports: [RecordsModule, DeliveryModule, PreferencesModule, ContactsModule, ToldModule],
  controllers: [NotificationsController],
  providers: [Notify, NotifyWeeklyDigest],
  exports: [Notify, NotifyWeeklyDigest],
})
export class NotificationsModule {}

import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DELIVERY_MODEL, deliverySchema } from './delivery.schema';
import { NOTIFICATION_MODEL, notificationSchema } from './notification.schema';
import { PUSH_COUNT_MODEL, pushCountSchema } from './push-count.schema';
import { NotificationRecords } from './records.repository';
import { veteranDocumentsProvider } from '@vetlink/privacy';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: NOTIFICATION_MODEL, schema: notificationSchema },
      { name: DELIVERY_MODEL, schema: deliverySchema },
      { name: PUSH_COUNT_MODEL, schema: pushCountSchema },
    ]),
  ],
  providers: [
    NotificationRecords,
    veteranDocumentsProvider({ section: 'notifications', model: NOTIFICATION_MODEL, field: 'userId' }),
    veteranDocumentsProvider({ section: 'deliveries', model: DELIVERY_MODEL, field: 'userId' }),
    veteranDocumentsProvider({ section: 'dailyPushCounts', model: PUSH_COUNT_MODEL, field: 'userId' }),
  ],
  exports: [NotificationRecords],
})
export class RecordsModule {}

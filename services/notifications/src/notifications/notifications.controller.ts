import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { canAccessOwnedBy, CurrentPrincipal, Principal } from '@vetlink/auth';
import { ApiErrors, NotFoundError } from '@vetlink/http';
import { NotificationIdParams } from '../inbox/inbox.dto';
import { NotificationDto, NotificationView, toNotificationView } from './notification.views';
import { NotificationRecords } from './records/records.repository';

@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly records: NotificationRecords) {}

  @Get(':notificationId')
  @ApiOperation({
    summary:
      'What became of a notification: suppressed (and why), or its delivery per channel with every attempt',
    description: 'For its recipient and for officers.',
  })
  @ApiOkResponse({ type: NotificationDto.Output })
  @ApiErrors(400, 404)
  async one(
    @CurrentPrincipal() principal: Principal,
    @Param() params: NotificationIdParams,
  ): Promise<NotificationView> {
    const record = await this.records.notification(params.notificationId);
    // The same answer for someone else's as for none, so that a user cannot probe for others' ids.
    if (!record || !canAccessOwnedBy(principal, record.userId))
      throw new NotFoundError('no such notification');
    return toNotificationView(record, await this.records.deliveriesOf(record));
  }
}

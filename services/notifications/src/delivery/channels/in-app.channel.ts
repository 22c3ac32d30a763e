import { Injectable } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { InboxRepository } from '../../inbox/inbox.repository';
import { Clock, CLOCK } from '@vetlink/clock';
import { figuresPlaceOf } from '../../shared/figures-place';
import { withoutAttachments } from '../../templates/domain/template';
import {
  ACCOUNT_MESSAGE,
  DeliveryChannel,
  DeliveryFailure,
  DeliveryReceipt,
  OutgoingMessage,
} from '../domain/channel';

/** The in-app inbox: always configured, always chosen. */
@Injectable()
export class InAppChannel implements DeliveryChannel {
  readonly channel = 'in-app' as const;
  readonly configured = true;

  constructor(
    private readonly inbox: InboxRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send(message: OutgoingMessage): Promise<DeliveryReceipt> {
    const { category } = message;
    // A password-reset code is for whoever holds the address, not for whoever is signed in.
    if (category === ACCOUNT_MESSAGE)
      throw new DeliveryFailure('account messages never go to the inbox', true);
    await this.inbox.deliver({
      _id: message.notificationId,
      userId: message.userId,
      type: message.type,
      category,
      content: withoutAttachments(message.content),
      createdAt: message.createdAt,
      deliveredAt: this.clock.now(),
      readAt: null,
      ...(message.jobIds?.length ? { jobIds: message.jobIds } : {}),
      ...figuresPlaceOf(message),
    });
    return {};
  }
}

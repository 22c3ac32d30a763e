import type { WebhookSettings } from '../../config';
import type { Clock } from '@vetlink/clock';
import { DeliveryChannel, DeliveryFailure, DeliveryReceipt, OutgoingMessage } from '../domain/channel';
import { classifyWebhookStatus, SIGNATURE_HEADER, signWebhookBody } from '../domain/webhook-signature';

/**
 * An outgoing webhook to an SMS or WeChat template-message gateway: a JSON body signed with
 * HMAC-SHA256 (`x-vetlink-signature: sha256=<hex>`), a time-out, and the delivery id as the gateway's
 * idempotency key (`x-vetlink-delivery-id`), since a retried request may follow one that did arrive.
 */
export class WebhookChannel implements DeliveryChannel {
  readonly configured: boolean;

  constructor(
    readonly channel: 'sms' | 'wechat',
    private readonly settings: WebhookSettings | null,
    private readonly clock: Clock,
  ) {
    this.configured = settings !== null;
  }

  async send(message: OutgoingMessage): Promise<DeliveryReceipt> {
    if (!this.settings || !message.address)
      throw new DeliveryFailure(`${this.channel} gateway is not configured`, true);
    const body = JSON.stringify({
      deliveryId: message.deliveryId,
      notificationId: message.notificationId,
      channel: this.channel,
      recipientId: message.address,
      type: message.type,
      category: message.category,
      critical: message.critical,
      language: message.language,
      title: message.message.title,
      text: message.message.short,
      link: message.message.link,
      sentAt: this.clock.now().toISOString(),
    });
    let response: Response;
    try {
      response = await fetch(this.settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'vetlink-notifications',
          'x-vetlink-delivery-id': message.deliveryId,
          [SIGNATURE_HEADER]: signWebhookBody(body, this.settings.secret),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      const reason =
        name === 'TimeoutError' || name === 'AbortError'
          ? `gateway did not answer within ${this.settings.timeoutMs} ms`
          : `could not reach the gateway (${(error as Error & { cause?: { code?: string } }).cause?.code ?? name})`;
      throw new DeliveryFailure(reason, false);
    }
    await response.arrayBuffer().catch(() => undefined);
    const outcome = classifyWebhookStatus(response.status);
    if (!outcome.ok) throw new DeliveryFailure(outcome.reason, outcome.permanent);
    return { reference: response.headers.get('x-gateway-reference')?.slice(0, 128) ?? undefined };
  }
}

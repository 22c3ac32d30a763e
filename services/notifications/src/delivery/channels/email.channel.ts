import type { EmailSettings } from '../../config';
import { scrubEmailAddresses } from '../../shared/personal-data-text';
import { UnsubscribeTokens } from '../../unsubscribe/domain/unsubscribe-token';
import {
  ACCOUNT_MESSAGE,
  DeliveryChannel,
  DeliveryFailure,
  DeliveryReceipt,
  OutgoingMessage,
} from '../domain/channel';
import { layoutEmail } from '../domain/email-layout';
import nodemailer, { Transporter } from 'nodemailer';

/**
 * Where an e-mail's unsubscribe links lead: the person's link opens the portal's page (it asks, in their
 * language, and says what happened), the List-Unsubscribe header names this service's endpoint, which
 * mail clients POST to for one-click unsubscribe (RFC 8058) and which a static page could not answer.
 */
export interface UnsubscribeLinkBases {
  portalBaseUrl: string;
  publicApiBaseUrl: string;
}

/** E-mail over SMTP (nodemailer), with an unsubscribe link per category except for critical messages. */
export class EmailChannel implements DeliveryChannel {
  readonly channel = 'email' as const;
  readonly configured: boolean;
  private readonly transporter?: Transporter;

  constructor(
    private readonly settings: EmailSettings | null,
    private readonly tokens: UnsubscribeTokens,
    private readonly links: UnsubscribeLinkBases,
  ) {
    this.configured = settings !== null;
    if (settings) {
      this.transporter = nodemailer.createTransport({
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        requireTLS: settings.requireTls,
        ...(settings.auth ? { auth: settings.auth } : {}),
        connectionTimeout: settings.timeoutMs,
        greetingTimeout: settings.timeoutMs,
        socketTimeout: settings.timeoutMs * 3,
        pool: true,
        maxConnections: 3,
        // Attachments are rendered by our own templates, as strings: never a file or a URL pulled in.
        disableFileAccess: true,
        disableUrlAccess: true,
      });
    }
  }

  async send(message: OutgoingMessage): Promise<DeliveryReceipt> {
    if (!this.transporter || !this.settings || !message.address)
      throw new DeliveryFailure('e-mail is not configured', true);
    const { category } = message;
    const token =
      message.critical || category === ACCOUNT_MESSAGE
        ? null
        : this.tokens.sign({ userId: message.userId, category });
    const unsubscribeUrl = token ? `${this.links.publicApiBaseUrl}/unsubscribe?token=${token}` : null;
    const email = layoutEmail(
      message.message,
      message.language,
      token ? `${this.links.portalBaseUrl}/unsubscribe?token=${token}` : null,
    );
    try {
      const info = await this.transporter.sendMail({
        from: this.settings.from,
        to: message.address,
        subject: email.subject,
        text: email.text,
        html: email.html,
        ...(email.attachments.length > 0 ? { attachments: email.attachments } : {}),
        // The same Message-ID on every retry of one delivery, so that a receiving server can drop repeats.
        messageId: `<${message.deliveryId}@notifications.vetlink>`,
        headers: {
          'X-Vetlink-Delivery': message.deliveryId,
          'X-Vetlink-Type': message.type,
          ...(unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
        },
        ...(unsubscribeUrl ? { list: { unsubscribe: { url: unsubscribeUrl, comment: 'Unsubscribe' } } } : {}),
      });
      return { reference: info.messageId };
    } catch (error) {
      throw smtpFailure(error);
    }
  }

  close(): void {
    this.transporter?.close();
  }
}

/** 5xx from the server will not change (no such mailbox, refused); 4xx, time-outs and lost connections may. */
function smtpFailure(error: unknown): DeliveryFailure {
  const { responseCode, code, message } = error as { responseCode?: number; code?: string; message?: string };
  const text = scrubEmailAddresses(
    `${code ?? 'SMTP'}${responseCode ? ` ${responseCode}` : ''}: ${message ?? 'unknown error'}`,
  ).slice(0, 300);
  const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  return new DeliveryFailure(text, permanent);
}

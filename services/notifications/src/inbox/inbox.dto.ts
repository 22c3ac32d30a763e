import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { LANGUAGES, Language, NOTIFICATION_CATEGORIES } from '../templates/domain/template';
import { pagingFields } from '@vetlink/http';
import type { InboxItem } from './inbox.repository';

export const notificationIdField = z
  .string()
  .regex(/^[0-9a-f]{32}$/, 'must be a notification id (32 hexadecimal characters)');

export class NotificationIdParams extends createZodDto(
  z.strictObject({ notificationId: notificationIdField }),
) {}

export class InboxQuery extends createZodDto(
  z.strictObject({
    unread: z.enum(['true', 'false']).optional().meta({ description: 'true lists unread items only' }),
    lang: z.enum(LANGUAGES).optional().meta({ description: 'the language to show; default: my preference' }),
    ...pagingFields,
  }),
) {}

export class LanguageQuery extends createZodDto(z.strictObject({ lang: z.enum(LANGUAGES).optional() })) {}

const inboxItemView = z.object({
  notificationId: z.string(),
  type: z.string(),
  category: z.enum(NOTIFICATION_CATEGORIES),
  language: z.enum(LANGUAGES),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});

export type InboxItemView = z.infer<typeof inboxItemView>;
export class InboxItemDto extends createZodDto(inboxItemView) {}
export class InboxPageDto extends createZodDto(
  z.object({ items: z.array(inboxItemView), nextCursor: z.string().optional() }),
) {}
export class UnreadCountDto extends createZodDto(z.object({ unread: z.number().int() })) {}
export class MarkedDto extends createZodDto(z.object({ marked: z.number().int() })) {}

export function toInboxItemView(item: InboxItem, language: Language): InboxItemView {
  const message = item.content[language];
  return {
    notificationId: item._id,
    type: item.type,
    category: item.category,
    language,
    title: message.title,
    body: message.body,
    link: message.link,
    createdAt: item.createdAt.toISOString(),
    deliveredAt: item.deliveredAt.toISOString(),
    readAt: item.readAt?.toISOString() ?? null,
  };
}

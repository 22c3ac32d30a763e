import type { CalendarSettings } from '@vetlink/calendar';
import type { z } from 'zod';

/**
 * What a user can turn on or off, one by one. Names are stored and exposed in the API: add, never rename.
 * Critical messages (booking changes, loan decisions) go out whatever the category says.
 */
export const NOTIFICATION_CATEGORIES = [
  'job-push',
  'weekly-digest',
  'mentoring',
  'incubation',
  'loans',
  'training',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** Chinese is the default; English alongside. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the preferences need to know about a kind of message. */
export interface MessageNature {
  category: NotificationCategory;
  /** Cannot be turned off: booking changes, loan decisions. */
  critical: boolean;
  /** Not held by quiet hours: a reminder of a session about to start. */
  urgent: boolean;
}

/** One message in one language, channel-neutral: each channel lays it out its own way. */
export interface RenderedMessage {
  title: string;
  /** Plain text, one thought per line; lines starting with "· " are list items (the e-mail shows a list). */
  body: string;
  /** One line for SMS and WeChat template gateways (at most SHORT_TEXT_LIMIT characters). */
  short: string;
  /** Where the message leads in the portal, if anywhere. */
  link: string | null;
  /** Files the e-mail carries (a booking's calendar invite); other channels leave them out. */
  attachments?: MessageAttachment[];
}

/** A file rendered with the message, so that every retry of a delivery sends the same bytes. */
export interface MessageAttachment {
  filename: string;
  /** The full MIME type, parameters included (`text/calendar; charset=utf-8; method=REQUEST`). */
  contentType: string;
  content: string;
}

export type LocalisedMessage = Record<Language, RenderedMessage>;

/** The messages without their files: what the inbox keeps (it shows text; the e-mail carried the files). */
export function withoutAttachments(content: LocalisedMessage): LocalisedMessage {
  return Object.fromEntries(
    Object.entries(content).map(([language, { attachments: _files, ...message }]) => [language, message]),
  ) as LocalisedMessage;
}

export const SHORT_TEXT_LIMIT = 140;

/** What every template may use besides its data. */
export interface TemplateContext {
  /** The portal's public origin, for links (`https://vetlink.example.cn`). */
  portalBaseUrl: string;
  /** The UID domain and organiser of calendar invites (the mentors service's, so that UIDs agree). */
  calendar: CalendarSettings;
}

/**
 * A kind of notification: its category (what a user can switch off), whether it is critical (cannot be
 * switched off) or urgent (not held by quiet hours), the schema of its data, and how it reads in each
 * language. A new producer (mentors, incubators, loans, the weekly digest) adds a template and a consumer
 * that maps its event to the data; delivery, preferences, inbox and channels come for free.
 */
export interface NotificationTemplate<Data = unknown> extends MessageNature {
  /** Stored with every notification: never rename one. */
  type: string;
  description: string;
  data: z.ZodType<Data>;
  render(data: Data, language: Language, context: TemplateContext): RenderedMessage;
}

/** A template of any data, as the registry holds them (each validates its own data before rendering). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTemplate = NotificationTemplate<any>;

export function defineTemplate<Schema extends z.ZodType>(
  template: NotificationTemplate<z.infer<Schema>> & { data: Schema },
): NotificationTemplate<z.infer<Schema>> {
  return template;
}

/** Cuts a line to the limit on a character boundary (Chinese text counts one per character). */
export function truncate(text: string, limit = SHORT_TEXT_LIMIT): string {
  const characters = [...text];
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('')}…`;
}

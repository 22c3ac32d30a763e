import { NOTIFICATION_CHANNELS, PROFILE_TIME_ZONE } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { LANGUAGES, NOTIFICATION_CATEGORIES } from '../templates/domain/template';
import { JOB_PUSH_CAP_LIMITS, NotificationPreferences } from './domain/preferences';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm (24-hour, Asia/Shanghai)');
const channelList = z
  .array(z.enum(NOTIFICATION_CHANNELS))
  .max(NOTIFICATION_CHANNELS.length)
  .refine((channels) => new Set(channels).size === channels.length, 'lists a channel more than once');

const categoryChange = z
  .strictObject({ enabled: z.boolean().optional(), channels: channelList.nullable().optional() })
  .refine((change) => Object.keys(change).length > 0, 'name enabled and/or channels');

const quietHours = z
  .strictObject({ start: clockTime, end: clockTime })
  .refine((hours) => hours.start !== hours.end, { message: 'must differ from start', path: ['end'] });

export class ChangePreferencesBody extends createZodDto(
  z
    .strictObject({
      language: z.enum(LANGUAGES).optional(),
      optedOut: z
        .boolean()
        .optional()
        .meta({ description: 'true turns off everything but critical messages' }),
      channels: channelList
        .optional()
        .meta({ description: 'default channels; the in-app inbox is always on' }),
      categories: z.partialRecord(z.enum(NOTIFICATION_CATEGORIES), categoryChange).optional().meta({
        description: 'per category: switch it off, or give it its own channels (null: the defaults)',
      }),
      quietHours: quietHours.nullable().optional(),
      jobPushDailyCap: z.number().int().min(JOB_PUSH_CAP_LIMITS.min).max(JOB_PUSH_CAP_LIMITS.max).optional(),
    })
    .refine((changes) => Object.keys(changes).length > 0, 'name at least one setting to change'),
) {}

const preferencesView = z.object({
  userId: z.string(),
  language: z.enum(LANGUAGES),
  optedOut: z.boolean(),
  channels: z.array(z.enum(NOTIFICATION_CHANNELS)),
  categories: z.record(
    z.enum(NOTIFICATION_CATEGORIES),
    z.object({ enabled: z.boolean(), channels: z.array(z.enum(NOTIFICATION_CHANNELS)).nullable() }),
  ),
  quietHours: z
    .object({ start: z.string(), end: z.string(), timeZone: z.literal(PROFILE_TIME_ZONE) })
    .nullable(),
  jobPushDailyCap: z.number().int(),
  criticalAlwaysSent: z
    .array(z.string())
    .meta({ description: 'message types that go out whatever these settings say' }),
  updatedAt: z.iso.datetime(),
});

export type PreferencesView = z.infer<typeof preferencesView>;
export class PreferencesDto extends createZodDto(preferencesView) {}

export function toPreferencesView(
  preferences: NotificationPreferences,
  criticalTypes: string[],
): PreferencesView {
  return {
    userId: preferences.userId,
    language: preferences.language,
    optedOut: preferences.optedOut,
    channels: preferences.channels,
    categories: preferences.categories,
    quietHours: preferences.quietHours && { ...preferences.quietHours, timeZone: PROFILE_TIME_ZONE },
    jobPushDailyCap: preferences.jobPushDailyCap,
    criticalAlwaysSent: criticalTypes,
    updatedAt: preferences.updatedAt.toISOString(),
  };
}

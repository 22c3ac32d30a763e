import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { DEFAULT_AVAILABILITY, GRID_MINUTES } from './domain/availability';
import { windowProblems } from './domain/window-problems';

const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be HH:mm (00:00 to 24:00)');
const windowSchema = z.strictObject({ start: clock, end: clock });
const quarterHours = (max: number) =>
  z
    .number()
    .int()
    .min(0)
    .max(max)
    .refine((minutes) => minutes % GRID_MINUTES === 0, `must be a multiple of ${GRID_MINUTES} minutes`);

export const availabilitySchema = z
  .strictObject({
    weeklyRules: z
      .array(windowSchema.extend({ weekday: z.number().int().min(1).max(7) }))
      .max(50)
      .default([]),
    overrides: z
      .array(
        z.strictObject({
          date: z.iso.date(),
          /** Empty: a day off. */
          windows: z.array(windowSchema).max(8),
        }),
      )
      .max(400)
      .default([]),
    sessionMinutes: z
      .array(quarterHours(240).refine((minutes) => minutes > 0, 'must be longer than 0'))
      .min(1)
      .max(6)
      .default(DEFAULT_AVAILABILITY.sessionMinutes),
    bufferBeforeMinutes: quarterHours(120).default(DEFAULT_AVAILABILITY.bufferBeforeMinutes),
    bufferAfterMinutes: quarterHours(120).default(DEFAULT_AVAILABILITY.bufferAfterMinutes),
    minNoticeMinutes: z
      .number()
      .int()
      .min(0)
      .max(14 * 24 * 60)
      .default(DEFAULT_AVAILABILITY.minNoticeMinutes),
    horizonDays: z.number().int().min(1).max(180).default(DEFAULT_AVAILABILITY.horizonDays),
    maxPerDay: z.number().int().min(1).max(24).default(DEFAULT_AVAILABILITY.maxPerDay),
    maxPerWeek: z.number().int().min(1).max(100).default(DEFAULT_AVAILABILITY.maxPerWeek),
    followsPublicCalendar: z.boolean().default(DEFAULT_AVAILABILITY.followsPublicCalendar),
    adjustedWorkdayAs: z.number().int().min(1).max(7).default(DEFAULT_AVAILABILITY.adjustedWorkdayAs),
  })
  .superRefine((availability, context) => {
    const issues = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
      windowProblems(
        availability.weeklyRules.filter((rule) => rule.weekday === weekday),
        `weeklyRules (weekday ${weekday})`,
      ),
    );
    availability.overrides.forEach((override, index) =>
      issues.push(...windowProblems(override.windows, `overrides.${index}.windows`)),
    );
    const dates = availability.overrides.map((override) => override.date);
    if (new Set(dates).size !== dates.length)
      issues.push({ field: 'overrides', message: 'names a date twice' });
    for (const issue of issues)
      context.addIssue({ code: 'custom', path: issue.field.split('.'), message: issue.message });
  });

export type AvailabilityCommand = z.output<typeof availabilitySchema>;
export class AvailabilityBody extends createZodDto(availabilitySchema) {}

import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { Availability } from './domain/availability';

const windowView = z.object({ start: z.string(), end: z.string() });
const availabilityViewSchema = z.object({
  mentorId: z.string(),
  timeZone: z.literal('Asia/Shanghai'),
  weeklyRules: z.array(windowView.extend({ weekday: z.number() })),
  overrides: z.array(z.object({ date: z.string(), windows: z.array(windowView) })),
  sessionMinutes: z.array(z.number()),
  bufferBeforeMinutes: z.number(),
  bufferAfterMinutes: z.number(),
  minNoticeMinutes: z.number(),
  horizonDays: z.number(),
  maxPerDay: z.number(),
  maxPerWeek: z.number(),
  followsPublicCalendar: z.boolean(),
  adjustedWorkdayAs: z.number(),
  updatedAt: z.string(),
});

export type AvailabilityView = z.infer<typeof availabilityViewSchema>;
export class AvailabilityViewDto extends createZodDto(availabilityViewSchema) {}

export function toAvailabilityView(availability: Availability): AvailabilityView {
  return { ...availability, timeZone: 'Asia/Shanghai', updatedAt: availability.updatedAt.toISOString() };
}

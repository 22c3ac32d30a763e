import { Availability } from './availability';

/** The mentor's weekly cap is the lower of the availability's and the profile's capacity per week. */
export function withWeeklyCapacity(availability: Availability, weeklyCapacity: number): Availability {
  return { ...availability, maxPerWeek: Math.min(availability.maxPerWeek, weeklyCapacity) };
}

/** Why a requested time is not a slot, as a client reads it. */
export const SLOT_REFUSALS = {
  'in-the-past': 'is in the past',
  'within-minimum-notice': "is sooner than the mentor's minimum notice",
  'beyond-horizon': "is beyond the mentor's booking horizon",
  'outside-availability': "is outside the mentor's availability (weekly hours, overrides, holidays)",
  'unsupported-length': 'is not a session length the mentor offers',
} as const;

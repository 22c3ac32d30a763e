import { generateVeterans } from '../veterans/generate-veterans';
import { generateMentorBookings, generateMentors, MENTOR_EXPERTISE } from './generate-mentors';

describe('demo mentors', () => {
  const mentors = generateMentors('vetlink-demo');

  it('are 66 across Jiangsu, Suqian and Changzhou first, each the same whatever the count', () => {
    expect(mentors).toHaveLength(66);
    expect(mentors.filter((mentor) => mentor.application.cityId === 'suqian').length).toBeGreaterThanOrEqual(
      16,
    );
    expect(new Set(mentors.map((mentor) => mentor.application.cityId)).size).toBeGreaterThan(5);
    expect(generateMentors('vetlink-demo', 3)).toEqual(mentors.slice(0, 3));
  });

  it('carry what the mentors API takes: known expertise, https links, quarter-hour windows, a weekly cap', () => {
    for (const { application, availability } of mentors) {
      expect(application.expertise.every((area) => MENTOR_EXPERTISE.includes(area))).toBe(true);
      expect(application.meetingLink).toMatch(/^https:\/\//);
      expect(application.bio.length).toBeGreaterThanOrEqual(10);
      for (const rule of availability.weeklyRules)
        expect(`${rule.start}${rule.end}`).toMatch(/^(\d\d:(00|15|30|45)){2}$/);
      expect(availability.maxPerWeek).toBe(application.weeklyCapacity);
    }
  });

  it('book veteran i with mentor i at the start of one of the mentor windows, days ahead', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    const veterans = generateVeterans('vetlink-demo', 10);
    const bookings = generateMentorBookings('vetlink-demo', mentors, veterans, 10, now);
    expect(bookings).toHaveLength(10);
    for (const [index, booking] of bookings.entries()) {
      expect(booking.veteranUserId).toBe(veterans[index].userId);
      expect(Date.parse(booking.body.start) - now.getTime()).toBeGreaterThan(2 * 86_400_000);
      const rules = mentors[index].availability.weeklyRules.map((rule) => rule.start);
      expect(rules).toContain(booking.body.start.slice(11, 16));
      expect(booking.body.start.endsWith('+08:00')).toBe(true);
    }
  });
});

import { generateMentors } from '@vetlink/demo-data';
import { availabilitySchema } from './availability/availability.dto';
import { applyAsMentorSchema } from './mentors/mentor.dto';

/** The demo data's mentors are what this service's API takes (the seeding script sends them as they are). */
describe('the demo mentors', () => {
  it('pass the application and availability validation', () => {
    for (const mentor of generateMentors('vetlink-demo')) {
      expect(applyAsMentorSchema.safeParse(mentor.application).error).toBeUndefined();
      expect(availabilitySchema.safeParse(mentor.availability).error).toBeUndefined();
    }
  });
});

import type { DemoMentor, DemoMentorBooking } from '@vetlink/demo-data';
import { inPool } from './pool';
import { PlatformClient } from './platform-client';
import { Progress } from './progress';
import { DevTokens, Subject } from './tokens';

const OFFICER: Subject = { userId: 'demo-officer-1', role: 'officer', organisationId: 'bureau-jiangsu' };

/**
 * The mentors part of the demo, through the mentors service's API: each mentor applies with their own
 * token, an officer verifies them, they publish their weekly hours; then some veterans book a session.
 * Running again is safe: an existing application (409) is left as it is, a booking already made or no
 * longer offered (a holiday, a time taken) is counted and skipped.
 */
export class MentorsSeeder {
  readonly tally = { applied: 0, existing: 0, booked: 0, notBooked: 0 };

  constructor(
    private readonly client: PlatformClient,
    private readonly tokens: DevTokens,
    private readonly mentorsUrl: string,
    private readonly concurrency: number,
  ) {}

  async run(mentors: readonly DemoMentor[], bookings: readonly DemoMentorBooking[]): Promise<void> {
    const officer = this.tokens.bearer(OFFICER);
    const progress = new Progress('mentors', mentors.length + bookings.length);
    await inPool(mentors, this.concurrency, async (mentor) => {
      const self = this.tokens.bearer({ userId: mentor.userId, role: 'mentor' });
      const applied = await this.client.request('POST', this.url('/mentors'), {
        authorization: self,
        body: mentor.application,
        accept: [409],
      });
      if (applied.status === 409) this.tally.existing++;
      else this.tally.applied++;
      await this.client.request('POST', this.url(`/mentors/${mentor.userId}/verification`), {
        authorization: officer,
        accept: [409],
      });
      await this.client.request('PUT', this.url(`/mentors/${mentor.userId}/availability`), {
        authorization: self,
        body: mentor.availability,
      });
      progress.tick();
    });
    await inPool(bookings, this.concurrency, async (booking) => {
      const veteran = this.tokens.bearer({ userId: booking.veteranUserId, role: 'veteran' });
      const made = await this.client.request('POST', this.url('/sessions'), {
        authorization: veteran,
        body: booking.body,
        accept: [400, 409],
      });
      if (made.status === 201) this.tally.booked++;
      else this.tally.notBooked++;
      progress.tick();
    });
    progress.finish(
      `${this.tally.applied} mentors applied and verified (${this.tally.existing} already there); ` +
        `${this.tally.booked} sessions booked, ${this.tally.notBooked} not (already booked, or a holiday)`,
    );
  }

  private url(path: string): string {
    return `${this.mentorsUrl}${path}`;
  }
}

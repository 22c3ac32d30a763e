import { Injectable } from '@nestjs/common';
import { VeteranDataHolder } from '@vetlink/privacy';
import { ClaimsRepository } from './claims.repository';
import { toEnrolmentView } from './enrolment.view';
import { EnrolmentsRepository } from './enrolments.repository';
import { PromoteWaitlist } from './use-cases/promote-waitlist';

/**
 * A veteran's enrolments in their export; on erasure they are forgotten and what they held is freed:
 * the seat (which goes to the first in line) and the claim naming the veteran. Waitlist places stay
 * taken (a number, naming only the forgotten enrolment), so the line's order is kept.
 */
@Injectable()
export class EnrolmentRecordsHolder extends VeteranDataHolder {
  readonly section = 'enrolments';

  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly claims: ClaimsRepository,
    private readonly promote: PromoteWaitlist,
  ) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    return (await this.enrolments.ofVeteran(veteranId)).map(toEnrolmentView);
  }

  async eraseFor(veteranId: string): Promise<void> {
    const enrolments = await this.enrolments.ofVeteran(veteranId);
    const freedSeats = new Set<string>();
    for (const enrolment of enrolments) {
      const held = await this.claims.heldBy(enrolment.id);
      const released = held.filter((claim) => claim.kind === 'seat' || claim.kind === 'veteran');
      await this.claims.release(
        released.map((claim) => claim._id),
        enrolment.id,
      );
      if (released.some((claim) => claim.kind === 'seat')) freedSeats.add(enrolment.runId);
    }
    await this.enrolments.deleteOfVeteran(veteranId);
    for (const runId of freedSeats) await this.promote.promote(runId);
  }
}

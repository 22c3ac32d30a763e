import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import type { CourseCompletedPayload } from '@vetlink/contracts';
import type { CourseCompletion } from '@vetlink/profiles';
import { ProfileWriter } from '../profiles/profile-writer';
import { ProfilesRepository } from '../profiles/profiles.repository';
import { courseCompletionOf, creditCourseCompletion } from './domain/earned-credentials';
import { PendingCourseCompletionsRepository } from './pending-course-completions.repository';

type Outcome = 'credited' | 'no-profile' | 'erased';

/**
 * A course the bureau recorded as completed adds its skills, certificates and training to the veteran's
 * profile, verified, with the course as provenance — through the ProfileWriter, so profile-updated
 * tells matching (which re-matches the veteran). Once per enrolment: the profile's own record of the
 * completion makes a repeat change nothing, and the write is conditional on the revision it was computed
 * from (a concurrent edit makes it fail and the event be retried). Without a profile yet, the completion
 * waits until the veteran creates one; for an erased veteran it is dropped.
 */
@Injectable()
export class CreditCourseCompletions {
  private readonly logger = new Logger(CreditCourseCompletions.name);

  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly writer: ProfileWriter,
    private readonly pending: PendingCourseCompletionsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async completed(payload: CourseCompletedPayload): Promise<void> {
    const completion = courseCompletionOf(payload);
    const { veteranId, enrolmentId } = payload;
    const outcome = await this.credit(veteranId, completion);
    if (outcome === 'erased')
      this.logger.log({ veteranId, enrolmentId }, 'course completed by an erased veteran: not kept');
    if (outcome !== 'no-profile') return;

    await this.pending.keep(veteranId, completion, this.clock.now());
    // The profile may have been created since the first look, its creation's handler reading the pending
    // completions before this one was kept: look again, so that neither side misses it.
    if ((await this.credit(veteranId, completion)) !== 'no-profile') await this.pending.remove(enrolmentId);
    else
      this.logger.log(
        { veteranId, enrolmentId },
        'course completed by a veteran without a profile: kept until they create one',
      );
  }

  /** The veteran created their profile: the completions that waited for it are credited. */
  async profileCreated(veteranId: string): Promise<void> {
    for (const completion of await this.pending.ofVeteran(veteranId)) {
      if ((await this.credit(veteranId, completion)) !== 'no-profile')
        await this.pending.remove(completion.enrolmentId);
    }
  }

  private async credit(veteranId: string, completion: CourseCompletion): Promise<Outcome> {
    const current = await this.profiles.findById(veteranId);
    if (!current) return (await this.profiles.isErased(veteranId)) ? 'erased' : 'no-profile';
    await this.writer.apply(current, (content) => creditCourseCompletion(content, completion));
    return 'credited';
  }
}

import { Controller } from '@nestjs/common';
import { courseCompleted, EventEnvelope, PayloadOf, profileCreated } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { CreditCourseCompletions } from './credit-course-completions';

/** trainings' completions credited to profiles, and those that waited for a profile once it exists. */
@Controller()
export class CourseCompletionsHandler {
  constructor(private readonly completions: CreditCourseCompletions) {}

  @HandleEvent(courseCompleted)
  async completed(event: EventEnvelope<PayloadOf<typeof courseCompleted>>): Promise<void> {
    await this.completions.completed(event.payload);
  }

  @HandleEvent(profileCreated)
  async profileCreated(event: EventEnvelope<PayloadOf<typeof profileCreated>>): Promise<void> {
    await this.completions.profileCreated(event.payload.veteranId);
  }
}

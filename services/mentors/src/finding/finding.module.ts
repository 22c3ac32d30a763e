import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module';
import { MentorsModule } from '../mentors/mentors.module';
import { SessionsModule } from '../sessions/sessions.module';
import { FindingController } from './finding.controller';
import { FindMentors } from './use-cases/find-mentors';
import { FindSlots } from './use-cases/find-slots';

/** Finding a mentor: search and filters, free time, and a mentor's slots. */
@Module({
  imports: [MentorsModule, AvailabilityModule, SessionsModule],
  controllers: [FindingController],
  providers: [FindSlots, FindMentors],
})
export class FindingModule {}

import { Module } from '@nestjs/common';
import { PeriodicTasksModule } from '@vetlink/periodic-tasks';
import { PostingsModule } from '../postings/postings.module';
import { CloseOverdueJobs } from './close-overdue-jobs';
import { JobExpirySchedule } from './job-expiry.schedule';

@Module({
  imports: [PostingsModule, PeriodicTasksModule],
  providers: [CloseOverdueJobs, JobExpirySchedule],
})
export class ExpiryModule {}

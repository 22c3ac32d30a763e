import { Module } from '@nestjs/common';
import { PostingsModule } from '../postings/postings.module';
import { CloseOverdueJobs } from './close-overdue-jobs';
import { JobExpirySchedule } from './job-expiry.schedule';

@Module({
  imports: [PostingsModule],
  providers: [CloseOverdueJobs, JobExpirySchedule],
})
export class ExpiryModule {}

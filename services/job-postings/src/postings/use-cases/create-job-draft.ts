import { Inject, Injectable } from '@nestjs/common';
import { Principal, requireOrganisation } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidStateError } from '@vetlink/http';
import { EmployersRepository } from '../../employers/employers.repository';
import { Job } from '../domain/job';
import { CreateJobCommand } from '../job.dto';
import { JobsRepository } from '../jobs.repository';

/** Any registered organisation may draft; publishing waits for the bureau's verification. */
@Injectable()
export class CreateJobDraft {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly employers: EmployersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    principal: Principal,
    { termResolution: _shownOnce, ...command }: CreateJobCommand,
  ): Promise<Job> {
    const employerId = requireOrganisation(principal);
    const employer = await this.employers.findById(employerId);
    if (!employer) {
      throw new InvalidStateError(
        `organisation ${employerId} is not registered: register it (POST /employers) before drafting jobs`,
      );
    }
    const now = this.clock.now();
    const job: Job = {
      id: this.jobs.newId(),
      employerId,
      employerName: employer.name,
      ...command,
      status: 'draft',
      hiredCount: 0,
      hiredApplicationIds: [],
      revision: 0,
      listedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await this.jobs.insert(job);
    return job;
  }
}

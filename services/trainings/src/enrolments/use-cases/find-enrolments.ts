import { Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { FindCourses } from '../../courses/use-cases/find-courses';
import type { Enrolment } from '../domain/enrolment';
import { EnrolmentsRepository } from '../enrolments.repository';
import { EnrolmentAccess } from './enrolment-access';

@Injectable()
export class FindEnrolments {
  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly access: EnrolmentAccess,
    private readonly find: FindCourses,
  ) {}

  one(caller: Principal, enrolmentId: string): Promise<Enrolment> {
    return this.access.visible(caller, enrolmentId);
  }

  mine(veteran: Principal): Promise<Enrolment[]> {
    return this.enrolments.ofVeteran(veteran.userId);
  }

  /**
   * The run's roster for officers and its provider's staff: everyone enrolled or in line, and those who
   * left or finished. Another provider's run: 403.
   */
  async rosterOf(caller: Principal, runId: string): Promise<Enrolment[]> {
    await this.find.keptRun(caller, runId);
    return this.enrolments.rosterOf(runId);
  }
}

import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { NotFoundError } from '@vetlink/http';
import { ApplicationsRepository } from '../applications.repository';
import { Application } from '../domain/application';
import { canSeeApplication } from '../domain/application-visibility';

@Injectable()
export class ApplicationAccess {
  constructor(private readonly applications: ApplicationsRepository) {}

  /** Someone else's application is answered as missing: whether a veteran applied somewhere is private. */
  async visibleApplication(viewer: Principal, applicationId: string): Promise<Application> {
    const application = await this.applications.findById(applicationId);
    if (!application || !canSeeApplication(viewer, application))
      throw new NotFoundError(`application ${applicationId} not found`);
    return application;
  }
}

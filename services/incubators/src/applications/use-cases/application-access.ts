import { Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { ConflictError, NotFoundError } from '@vetlink/http';
import type { PendingEvent } from '@vetlink/messaging';
import { runsBase } from '../../bases/base-staff';
import { ApplicationChange, ApplicationsRepository } from '../applications.repository';
import type { Actor, Application } from '../domain/application';

const ATTEMPTS = 5;

export function actorOf(principal: Principal): Actor {
  return { userId: principal.userId, role: principal.role };
}

export function isReviewerOf(principal: Principal, application: Pick<Application, 'reviewers'>): boolean {
  return application.reviewers.some((reviewer) => reviewer.userId === principal.userId);
}

/** The founder, the base's staff, officers and the assigned reviewers see an application; others get 404. */
export function canSee(principal: Principal, application: Application): boolean {
  if (principal.role === 'veteran' && application.founderId === principal.userId) return true;
  return runsBase(principal, application.baseId) || isReviewerOf(principal, application);
}

export interface Change {
  next: Application;
  change: ApplicationChange;
  events: readonly PendingEvent[];
  /** Undoes what deciding claimed (seats, units) when another request committed first. */
  undo?: () => Promise<void>;
}

/**
 * Loads applications for callers and runs changes to them: read, decide, commit the next version; when
 * another request claimed that version first, undo, read again and decide anew (the state machine then
 * answers, e.g. 409 "the application is accepted"), a few times at most.
 */
@Injectable()
export class ApplicationAccess {
  constructor(private readonly applications: ApplicationsRepository) {}

  async visible(principal: Principal, applicationId: string): Promise<Application> {
    const application = await this.applications.find(applicationId);
    if (!application || !canSee(principal, application))
      throw new NotFoundError(`no application ${applicationId}`);
    return application;
  }

  /** `decide` returns the change to commit (or undefined when there is nothing to change), or throws a domain error. */
  async change(
    applicationId: string,
    load: () => Promise<Application>,
    decide: (application: Application) => Promise<Change | undefined> | Change | undefined,
  ): Promise<Application> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const previous = await load();
      const decision = await decide(previous);
      if (!decision) return previous;
      if (await this.applications.commit(previous, decision.next, decision.change, decision.events))
        return { ...decision.next, version: previous.version + 1 };
      await decision.undo?.();
    }
    throw new ConflictError(
      `application ${applicationId} kept changing while this request was saving it; try again`,
    );
  }
}

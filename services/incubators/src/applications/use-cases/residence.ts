import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ForbiddenError, InvalidStateError } from '@vetlink/http';
import { assertRunsBase, runsBase } from '../../bases/base-staff';
import { BasesRepository } from '../../bases/bases.repository';
import type { Base } from '../../bases/domain/base';
import { ApplicationsRepository } from '../applications.repository';
import { ClaimsRepository } from '../claims.repository';
import { Application, MilestoneStatus, Outcomes, residenceOf } from '../domain/application';
import { transition } from '../domain/lifecycle';
import { addMilestone, assertVerifiedMentors, checkIn, outcomeIssues } from '../domain/residence';
import { KnownMentorsRepository } from '../../mentors/known-mentors.repository';
import { Admissions } from './admissions';
import { actorOf, ApplicationAccess } from './application-access';
import { graduatedEvent, milestoneEvent } from './startup-events';

/** A startup in residence: milestones with check-ins, then graduation or exit with its outcomes. */
@Injectable()
export class Residence {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly bases: BasesRepository,
    private readonly claims: ClaimsRepository,
    private readonly admissions: Admissions,
    private readonly mentors: KnownMentorsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async addMilestone(
    principal: Principal,
    applicationId: string,
    milestone: { goal: string; measure: string; target: number; dueOn: string; mentorIds: string[] },
  ): Promise<Application> {
    assertVerifiedMentors(milestone.mentorIds, await this.mentors.areKnown(milestone.mentorIds));
    return this.access.change(
      applicationId,
      () => this.tracked(principal, applicationId),
      (current) => {
        const at = this.clock.now();
        const by = actorOf(principal);
        return {
          next: addMilestone(current, { id: this.applications.newId(), ...milestone }, at),
          change: { action: 'add-milestone', by, at, reason: milestone.goal },
          events: [],
        };
      },
    );
  }

  async checkIn(
    principal: Principal,
    applicationId: string,
    milestoneId: string,
    entry: { note: string; progress?: number; status?: MilestoneStatus },
  ): Promise<Application> {
    return this.access.change(
      applicationId,
      () => this.tracked(principal, applicationId),
      async (current) => {
        const at = this.clock.now();
        const by = actorOf(principal);
        const { application, reached } = checkIn(current, milestoneId, {
          ...entry,
          at,
          by: principal.userId,
        });
        const base = reached ? await this.baseOf(current) : undefined;
        return {
          next: application,
          change: { action: 'check-in', by, at, reason: entry.note },
          events: reached && base ? [milestoneEvent(application, base, reached, at)] : [],
        };
      },
    );
  }

  /** Graduated or exited with outcomes; its seat and units are freed and the waitlist moves up. */
  async end(
    staff: Principal,
    applicationId: string,
    ending: 'graduated' | 'exited',
    reason: string,
    outcomes: Outcomes,
  ): Promise<Application> {
    outcomeIssues(outcomes);
    const ended = await this.access.change(
      applicationId,
      async () => {
        const application = await this.access.visible(staff, applicationId);
        assertRunsBase(staff, application.baseId);
        return application;
      },
      async (current) => {
        const at = this.clock.now();
        const by = actorOf(staff);
        const moved = transition(current, ending === 'graduated' ? 'graduate' : 'exit', by, at, reason);
        const next: Application = {
          ...moved,
          residence: { ...residenceOf(current), ended: { how: ending, at, reason, outcomes } },
        };
        return {
          next,
          change: { action: ending, by, at, reason },
          events: [graduatedEvent(next, await this.baseOf(current), at)],
        };
      },
    );
    const residence = residenceOf(ended);
    await this.claims.release([residence.seat, ...residence.units], ended.id);
    await this.admissions.promoteWaitlist(ended.programmeId);
    return ended;
  }

  /** The founder and the base's staff track milestones. */
  private async tracked(principal: Principal, applicationId: string): Promise<Application> {
    const application = await this.access.visible(principal, applicationId);
    const founder = principal.role === 'veteran' && principal.userId === application.founderId;
    if (!founder && !runsBase(principal, application.baseId))
      throw new ForbiddenError("only the founder and the base's staff track milestones");
    return application;
  }

  private async baseOf(application: Application): Promise<Base> {
    const base = await this.bases.findBase(application.baseId);
    if (!base) throw new InvalidStateError(`the base ${application.baseId} is no longer kept`);
    return base;
  }
}

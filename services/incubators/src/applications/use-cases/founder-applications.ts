import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '@vetlink/http';
import type { Base } from '../../bases/domain/base';
import type { Programme } from '../../bases/domain/programme';
import { BasesRepository } from '../../bases/bases.repository';
import { KnownVeteransRepository } from '../../veterans/known-veterans.repository';
import type { VentureInput } from '../application.dto';
import { ApplicationsRepository } from '../applications.repository';
import { ClaimsRepository } from '../claims.repository';
import { Application, TeamMember, Venture, ventureKey } from '../domain/application';
import { checkEligibility, EligibilityReport, failingReasons } from '../domain/eligibility';
import { assertCanTake, transition } from '../domain/lifecycle';
import { actorOf, ApplicationAccess } from './application-access';
import { submittedEvent } from './startup-events';

/** How long a submission may take between claiming its venture and committing. */
const VENTURE_CLAIM_GRACE_MS = 60_000;

/** A founder's side of an application: the draft, its eligibility, submission, withdrawal. */
@Injectable()
export class FounderApplications {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly bases: BasesRepository,
    private readonly veterans: KnownVeteransRepository,
    private readonly claims: ClaimsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async draft(founder: Principal, programmeId: string, input: VentureInput): Promise<Application> {
    const programme = await this.bases.findProgramme(programmeId);
    if (!programme) throw new NotFoundError(`no programme ${programmeId}`);
    const at = this.clock.now();
    const application: Application = {
      id: this.applications.newId(),
      version: 1,
      programmeId,
      baseId: programme.baseId,
      founderId: founder.userId,
      ...(await this.ventureAndTeam(input)),
      state: 'draft',
      reviewers: [],
      history: [],
      createdAt: at,
      updatedAt: at,
    };
    await this.applications.create(application, {
      action: 'create',
      by: actorOf(founder),
      at,
      reason: 'draft started by the founder',
    });
    return application;
  }

  async edit(founder: Principal, applicationId: string, input: Partial<VentureInput>): Promise<Application> {
    return this.access.change(
      applicationId,
      () => this.own(founder, applicationId),
      async (current) => {
        assertCanTake(current, 'edit');
        const merged = { ...inputOf(current), ...input };
        const at = this.clock.now();
        return {
          next: { ...current, ...(await this.ventureAndTeam(merged)), updatedAt: at },
          change: { action: 'edit', by: actorOf(founder), at, reason: 'draft edited by the founder' },
          events: [],
        };
      },
    );
  }

  /** Every rule with its result and reason, as submitting would find them now. */
  async eligibility(principal: Principal, applicationId: string): Promise<EligibilityReport> {
    const application = await this.access.visible(principal, applicationId);
    if (application.state !== 'draft' && application.eligibility) return application.eligibility;
    const { programme, base } = await this.context(application);
    return this.check(application, programme, base);
  }

  /**
   * Submits a draft that passes every rule. The venture's claim on the programme (by credit code, or by
   * name before registration) makes it one application per venture per programme, whatever the concurrency.
   */
  async submit(founder: Principal, applicationId: string): Promise<Application> {
    return this.access.change(
      applicationId,
      () => this.own(founder, applicationId),
      async (current) => {
        if (current.state === 'submitted' && current.history.at(-1)?.by.userId === founder.userId)
          return undefined;
        assertCanTake(current, 'submit');
        const { programme, base } = await this.context(current);
        const report = await this.check(current, programme, base);
        if (!report.eligible)
          throw new InvalidStateError(`the application is not eligible: ${failingReasons(report)}`);
        const at = this.clock.now();
        const claimed = await this.claims.take(
          {
            _id: `venture:${programme.id}:${ventureKey(current.venture)}`,
            kind: 'venture',
            scope: programme.id,
            applicationId: current.id,
          },
          at,
          (holder, now) => this.abandoned(holder.applicationId, holder.claimedAt, now),
        );
        if (!claimed)
          throw new ConflictError(
            `the venture ${current.venture.name} has already applied to this programme`,
          );
        const next = {
          ...transition(current, 'submit', actorOf(founder), at, 'submitted by the founder'),
          eligibility: report,
          submittedAt: at,
        };
        return {
          next,
          change: { action: 'submit', by: actorOf(founder), at, reason: 'submitted by the founder' },
          events: [submittedEvent(next, base, at)],
        };
      },
    );
  }

  /** Withdrawn before residence: the venture may apply again, seats and units it held are freed. */
  async withdraw(founder: Principal, applicationId: string, reason: string): Promise<Application> {
    const withdrawn = await this.access.change(
      applicationId,
      () => this.own(founder, applicationId),
      (current) => {
        if (current.state === 'withdrawn') return undefined;
        const at = this.clock.now();
        return {
          next: transition(current, 'withdraw', actorOf(founder), at, reason),
          change: { action: 'withdraw', by: actorOf(founder), at, reason },
          events: [],
        };
      },
    );
    const held = await this.claims.heldBy(withdrawn.id);
    await this.claims.release(
      held.filter((claim) => claim.kind !== 'waitlist').map((claim) => claim._id),
      withdrawn.id,
    );
    return withdrawn;
  }

  /**
   * A venture claim whose application never became submitted (its commit was cut short) or was withdrawn
   * before its release ran: the venture may apply again. Claims younger than a minute are left alone.
   */
  private async abandoned(applicationId: string, claimedAt: Date, now: Date): Promise<boolean> {
    if (now.getTime() - new Date(claimedAt).getTime() <= VENTURE_CLAIM_GRACE_MS) return false;
    const holder = await this.applications.find(applicationId);
    return !holder || holder.state === 'draft' || holder.state === 'withdrawn';
  }

  private async own(founder: Principal, applicationId: string): Promise<Application> {
    const application = await this.access.visible(founder, applicationId);
    if (application.founderId !== founder.userId)
      throw new ForbiddenError('only the founder changes their application');
    return application;
  }

  private async context(application: Application): Promise<{ programme: Programme; base: Base }> {
    const programme = await this.bases.findProgramme(application.programmeId);
    const base = await this.bases.findBase(application.baseId);
    if (!programme || !base) throw new InvalidStateError('the programme or its base is no longer kept');
    return { programme, base };
  }

  private async check(
    application: Application,
    programme: Programme,
    base: Base,
  ): Promise<EligibilityReport> {
    const founder = await this.veterans.standing(application.founderId);
    return checkEligibility({ application, programme, base, founder, at: this.clock.now() });
  }

  /** The venture and its team; a member's veteran status is confirmed only when their id names a known veteran. */
  private async ventureAndTeam(input: VentureInput): Promise<{ venture: Venture; team: TeamMember[] }> {
    const named = input.team.flatMap((member) => (member.veteranId ? [member.veteranId] : []));
    const known = await this.veterans.areKnown(named);
    const unknown = input.team.findIndex((member) => member.veteranId && !known.has(member.veteranId));
    if (unknown >= 0)
      throw new InvalidInputError([
        { field: `team.${unknown}.veteranId`, message: 'names no veteran with a profile' },
      ]);
    return {
      venture: {
        name: input.ventureName,
        summary: input.summary,
        industry: input.industry,
        stage: input.stage,
        registration: input.registration,
        fundingNeedFen: input.fundingNeedFen,
        spaceNeed: input.spaceNeed,
      },
      team: input.team.map((member) => ({ ...member, veteran: member.veteranId ? true : member.veteran })),
    };
  }
}

function inputOf(application: Application): VentureInput {
  const { venture, team } = application;
  return {
    ventureName: venture.name,
    summary: venture.summary,
    industry: venture.industry as VentureInput['industry'],
    stage: venture.stage,
    registration: venture.registration,
    fundingNeedFen: venture.fundingNeedFen,
    spaceNeed: venture.spaceNeed,
    team,
  };
}

import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidStateError } from '@vetlink/http';
import { Logger } from '@nestjs/common';
import { assertRunsBase } from '../../bases/base-staff';
import { BasesRepository } from '../../bases/bases.repository';
import type { Base } from '../../bases/domain/base';
import type { Programme } from '../../bases/domain/programme';
import { ApplicationsRepository } from '../applications.repository';
import { ClaimsRepository } from '../claims.repository';
import { Actor, Application, Decision, SYSTEM_ACTOR } from '../domain/application';
import { RETIRED_HOLDER } from '../domain/capacity';
import { ApplicationState, transition } from '../domain/lifecycle';
import type { ClaimRecord } from '../claim.schema';
import { actorOf, ApplicationAccess, Change } from './application-access';
import { admittedEvent, decidedEvent } from './startup-events';
import { ReviewApplications } from './review-applications';

/** States in which an application never holds a seat or a unit. */
const NEVER_HOLDS_SPACE: readonly ApplicationState[] = [
  'draft',
  'rejected',
  'graduated',
  'exited',
  'withdrawn',
];
/** How long an admission (or a change of capacity) may take between claiming and committing. */
export const CLAIM_GRACE_MS = 60_000;

/** How far down the waitlist a freed unit looks when the first in line cannot be admitted any more. */
const PROMOTION_LOOKAHEAD = 20;

/**
 * Decisions and the space they take. Acceptance claims a programme seat and each unit of space by
 * inserting claims keyed by the seat's or unit's number, so that no seat or unit is ever let twice, on
 * any number of instances; without a free one the startup is waitlisted at the next place, and moves up
 * in place order when a seat or unit frees.
 */
@Injectable()
export class Admissions {
  private readonly logger = new Logger(Admissions.name);

  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly bases: BasesRepository,
    private readonly claims: ClaimsRepository,
    private readonly reviews: ReviewApplications,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async decide(
    staff: Principal,
    applicationId: string,
    outcome: 'accept' | 'reject' | 'waitlist',
    reason: string,
  ): Promise<Application> {
    const load = async () => {
      const application = await this.access.visible(staff, applicationId);
      assertRunsBase(staff, application.baseId);
      return application;
    };
    const { programme, base } = await this.context(await load());
    const by = actorOf(staff);
    return this.access.change(applicationId, load, async (current) => {
      const at = this.clock.now();
      const review = current.state === 'in-review' ? await this.reviewOf(current) : undefined;
      const decision = (what: Decision['outcome'], why: string): Decision => ({
        outcome: what,
        reason: why,
        at,
        by,
        ...(review ? { review } : {}),
      });
      if (outcome === 'reject') {
        const next = {
          ...transition(current, 'reject', by, at, reason),
          decision: decision('rejected', reason),
        };
        return { next, change: { action: 'reject', by, at, reason }, events: [decidedEvent(next, base, at)] };
      }
      if (outcome === 'waitlist') return this.waitlisted(current, base, by, at, reason, decision);
      return (
        (await this.admitted(current, programme, base, by, at, reason, decision)) ??
        (current.state === 'waitlisted'
          ? refuse(current, programme, base)
          : this.waitlisted(
              current,
              base,
              by,
              at,
              `${reason} (${noSpace(programme, current, base)})`,
              decision,
            ))
      );
    });
  }

  /** After a seat or units were freed: the programme's waitlist moves up, first place first. */
  async promoteWaitlist(programmeId: string): Promise<void> {
    const programme = await this.bases.findProgramme(programmeId);
    const base = programme && (await this.bases.findBase(programme.baseId));
    if (!programme || !base) return;
    for (const waiting of await this.applications.waitlistOf(programmeId, PROMOTION_LOOKAHEAD)) {
      try {
        await this.access.change(
          waiting.id,
          async () => (await this.applications.find(waiting.id)) ?? waiting,
          async (current) => {
            const at = this.clock.now();
            const reason = `moved up from waitlist place ${current.waitlistPosition ?? '?'}: space was freed`;
            const decision = (): Decision => ({ outcome: 'accepted', reason, at, by: SYSTEM_ACTOR });
            const admitted = await this.admitted(
              current,
              programme,
              base,
              SYSTEM_ACTOR,
              at,
              reason,
              decision,
            );
            if (!admitted) throw new NoSpaceLeft();
            return admitted;
          },
        );
      } catch (error) {
        if (error instanceof NoSpaceLeft) return; // the first in line waits for more space: order is kept
        if (error instanceof InvalidStateError) continue; // moved meanwhile (withdrawn, promoted by another instance)
        this.logger.error(`promoting ${waiting.id} failed: ${(error as Error).message}`);
        return;
      }
    }
  }

  /** Accepted and admitted in one change when a seat and every unit asked for could be claimed; undefined otherwise. */
  private async admitted(
    current: Application,
    programme: Programme,
    base: Base,
    by: Actor,
    at: Date,
    reason: string,
    decision: (what: Decision['outcome'], why: string) => Decision,
  ): Promise<Change | undefined> {
    const accepted = transition(current, 'accept', by, at, reason);
    const space = await this.claimSpace(current, programme, base, at);
    if (!space) return undefined;
    const unitNames = space.units.map((id) => id.split(':').slice(2).join(' ')).join(', ');
    const admittedReason = `seat ${space.seat.split(':')[2]}${unitNames ? ` and ${unitNames}` : ''}`;
    const next: Application = {
      ...transition(accepted, 'admit', SYSTEM_ACTOR, at, admittedReason),
      decision: decision('accepted', reason),
      residence: { seat: space.seat, units: space.units, admittedAt: at, milestones: [] },
    };
    return {
      next,
      change: { action: 'accept', by, at, reason: `${reason}; admitted with ${admittedReason}` },
      events: [decidedEvent(next, base, at), admittedEvent(next, base, at)],
      undo: () => this.claims.release([space.seat, ...space.units], current.id),
    };
  }

  private async waitlisted(
    current: Application,
    base: Base,
    by: Actor,
    at: Date,
    reason: string,
    decision: (what: Decision['outcome'], why: string) => Decision,
  ): Promise<Change> {
    const waitlisting = transition(current, 'waitlist', by, at, reason);
    const place = await this.claims.takeWaitlistPlace(current.programmeId, current.id, at);
    const next: Application = {
      ...waitlisting,
      waitlistPosition: place,
      decision: decision('waitlisted', `${reason}; waitlist place ${place}`),
    };
    return { next, change: { action: 'waitlist', by, at, reason }, events: [decidedEvent(next, base, at)] };
  }

  /** A seat, then each unit asked for; all or nothing (what was claimed is released when one is missing). */
  private async claimSpace(
    application: Application,
    programme: Programme,
    base: Base,
    at: Date,
  ): Promise<{ seat: string; units: string[] } | undefined> {
    const stale = (holder: ClaimRecord, now: Date) => this.isLeftBehind(holder, now);
    const seat = await this.claims.takeFirstFree(
      'seat',
      programme.id,
      programme.seats,
      application.id,
      at,
      [],
      stale,
    );
    if (!seat) return undefined;
    const units: string[] = [];
    const need = application.venture.spaceNeed;
    for (let taken = 0; need && taken < need.units; taken += 1) {
      const unit = await this.claims.takeFirstFree(
        'unit',
        `${base.id}:${need.type}`,
        base.units[need.type] ?? 0,
        application.id,
        at,
        units,
        stale,
      );
      if (!unit) {
        await this.claims.release([seat, ...units], application.id);
        return undefined;
      }
      units.push(unit);
    }
    return { seat, units };
  }

  /**
   * A seat or unit whose holder does not use it: the holder left residence (or never reached it) and the
   * release did not run, or an admission was cut short between its claims and its commit. An admission in
   * flight commits within seconds, so a claim younger than CLAIM_GRACE_MS is left alone (and costs no read).
   * A seat or unit retired by a lowered count is never left behind.
   */
  async isLeftBehind(holder: ClaimRecord, now: Date): Promise<boolean> {
    if (holder.applicationId === RETIRED_HOLDER) return false;
    if (now.getTime() - new Date(holder.claimedAt).getTime() <= CLAIM_GRACE_MS) return false;
    const application = await this.applications.find(holder.applicationId);
    if (!application || NEVER_HOLDS_SPACE.includes(application.state)) return true;
    const residence = application.residence;
    const uses =
      application.state === 'in-residence' &&
      residence !== undefined &&
      (residence.seat === holder._id || residence.units.includes(holder._id));
    return !uses;
  }

  private async reviewOf(application: Application): Promise<Decision['review']> {
    const { summary } = await this.reviews.summaryOf(application);
    if (summary.total === undefined) return undefined;
    return { total: summary.total, spread: summary.spread ?? 0, reviewers: summary.counted.length };
  }

  private async context(application: Application): Promise<{ programme: Programme; base: Base }> {
    const programme = await this.bases.findProgramme(application.programmeId);
    const base = await this.bases.findBase(application.baseId);
    if (!programme || !base) throw new InvalidStateError('the programme or its base is no longer kept');
    return { programme, base };
  }
}

class NoSpaceLeft extends Error {}

function noSpace(programme: Programme, application: Application, base: Base): string {
  const need = application.venture.spaceNeed;
  return need
    ? `no free seat of ${programme.seats} or ${need.type} of ${base.units[need.type] ?? 0}`
    : `no free seat of ${programme.seats}`;
}

function refuse(application: Application, programme: Programme, base: Base): never {
  throw new InvalidStateError(
    `the application stays waitlisted at place ${application.waitlistPosition}: ${noSpace(programme, application, base)}`,
  );
}
